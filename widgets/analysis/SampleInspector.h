#pragma once
// One evaluated sample up close: the input (the image scaled up, or a table of
// feature values), where it came from, its true label, the predicted class
// probabilities as bars and its loss. Opened from a gallery's sampleActivated;
// reads only an EvaluationResult. Usable as a dock widget or inside a QDialog.
// "Explain" (or a click on the picture) asks for the sample's maps (explainRequested).
#include "EvaluationResult.h"

#include <QWidget>

#include <memory>
#include <optional>

class QBoxLayout;
class QLabel;
class QTableWidget;
class QToolButton;

namespace nw {

class ProbabilityBars;

class SampleInspector : public QWidget {
    Q_OBJECT
public:
    explicit SampleInspector(QWidget* parent = nullptr);

    void setResult(std::shared_ptr<const EvaluationResult> result);
    // False (and the inspector cleared) when the result did not evaluate this sample.
    bool showSample(std::size_t datasetIndex);
    std::optional<std::size_t> currentSample() const { return m_current; }

    // class, probability (classification) or output, value (regression).
    QString csv() const;

    QLabel* image() const { return m_image; }
    QTableWidget* features() const { return m_features; }
    QLabel* details() const { return m_details; }
    ProbabilityBars* bars() const { return m_bars; }
    QToolButton* explainButton() const { return m_explain; }

Q_SIGNALS:
    // "Explain" was pressed, or the sample's picture clicked: open it in the Explain dock.
    void explainRequested(std::size_t datasetIndex);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void clearView(const QString& message);

    std::shared_ptr<const EvaluationResult> m_result;
    std::optional<std::size_t> m_current;
    long long m_position = -1;
    QBoxLayout* m_body;
    QLabel* m_title;
    QLabel* m_image;
    QTableWidget* m_features;
    QLabel* m_details;
    ProbabilityBars* m_bars;
    QToolButton* m_explain;
};

} // namespace nw
