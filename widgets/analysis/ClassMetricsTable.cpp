#include "ClassMetricsTable.h"

#include "AnalysisExport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace nw {

namespace {
QTableWidgetItem* numberItem(double value, int decimals = 3)
{
    auto* item
        = new QTableWidgetItem(std::isfinite(value) ? QString::number(value, 'f', decimals) : QStringLiteral("n/a"));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

ClassMetricsTable::ClassMetricsTable(QWidget* parent)
    : QWidget(parent)
    , m_placeholder(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        { tr("Class"), tr("Precision"), tr("Recall"), tr("F1"), tr("Support"), tr("ROC AUC"), tr("Avg. precision") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // Class names as wide as they need; the figures share the rest, so a wide dock
    // does not put a screen's width between a class and its numbers.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Class, QHeaderView::ResizeToContents);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addStretch(1);
    bar->addWidget(makeExportButton(this, m_table, QStringLiteral("class-metrics"), [this] { return csv(); }));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (m_result && row < m_result->classCount)
            Q_EMIT classActivated(row);
    });
    setResult(nullptr);
}

void ClassMetricsTable::setResult(std::shared_ptr<const EvaluationResult> result)
{
    m_result = std::move(result);
    m_table->setRowCount(0);
    const bool usable = m_result && m_result->report.confusion;
    m_table->setVisible(usable);
    m_placeholder->setVisible(!usable);
    if (!usable) {
        m_placeholder->setText(m_result ? tr("Per-class metrics are for classifiers.")
                                        : tr("Evaluate the trained model to see its per-class metrics."));
        return;
    }
    const EvaluationReport& report = m_result->report;
    const ConfusionMatrix& cm = *report.confusion;
    const int n = cm.classCount();
    m_table->setRowCount(n + 3);
    auto fill = [this](int row, const QString& name, const ClassMetrics& m, double auc, double ap, bool average) {
        auto* label = new QTableWidgetItem(name);
        if (average) {
            QFont font = label->font();
            font.setItalic(true);
            label->setFont(font);
        }
        m_table->setItem(row, Class, label);
        m_table->setItem(row, Precision, numberItem(m.precision));
        m_table->setItem(row, Recall, numberItem(m.recall));
        m_table->setItem(row, F1, numberItem(m.f1));
        auto* support = new QTableWidgetItem(QString::number(m.support));
        support->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Support, support);
        m_table->setItem(row, RocAuc, numberItem(auc));
        m_table->setItem(row, AveragePrecision, numberItem(ap));
    };
    const double nan = std::nan("");
    for (int c = 0; c < n; ++c) {
        const auto k = static_cast<std::size_t>(c);
        fill(c, m_result->className(c), cm.classMetrics(c), report.roc ? report.roc->perClass[k].auc : nan,
            report.precisionRecall ? report.precisionRecall->perClass[k].averagePrecision : nan, false);
    }
    fill(n, tr("Macro average"), cm.macroAverage(), report.roc ? report.roc->macroAuc : nan,
        report.precisionRecall ? report.precisionRecall->macroAveragePrecision : nan, true);
    fill(n + 1, tr("Weighted average"), cm.weightedAverage(), nan, nan, true);
    fill(n + 2, tr("Micro average (accuracy)"), cm.microAverage(), report.roc ? report.roc->micro.auc : nan,
        report.precisionRecall ? report.precisionRecall->micro.averagePrecision : nan, true);
}

QString ClassMetricsTable::csv() const
{
    QString text = QStringLiteral("class,precision,recall,f1,support,roc_auc,average_precision\n");
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column) {
            QString cell = m_table->item(row, column) ? m_table->item(row, column)->text() : QString();
            if (column == Class)
                cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
            else if (cell == QLatin1String("n/a"))
                cell.clear();
            cells.append(cell);
        }
        text += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text;
}

} // namespace nw
