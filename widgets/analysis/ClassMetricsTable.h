#pragma once
// The classification report as a table: per class precision, recall, F1,
// support, ROC AUC and average precision, then the macro, weighted and micro
// averages (scikit-learn's classification_report). Clicking a class row emits
// classActivated, so a dock can show that class's samples. Reads only an
// EvaluationResult.
#include "EvaluationResult.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace nw {

class ClassMetricsTable : public QWidget {
    Q_OBJECT
public:
    enum Column { Class, Precision, Recall, F1, Support, RocAuc, AveragePrecision, ColumnCount };

    explicit ClassMetricsTable(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const EvaluationResult> result);
    QTableWidget* table() const { return m_table; }
    // Every cell as shown, one line per row after a header.
    QString csv() const;

Q_SIGNALS:
    void classActivated(int cls);

private:
    std::shared_ptr<const EvaluationResult> m_result;
    QLabel* m_placeholder;
    QTableWidget* m_table;
};

} // namespace nw
