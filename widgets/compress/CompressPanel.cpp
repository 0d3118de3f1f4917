#include "CompressPanel.h"

#include "SparsityChart.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nw {

namespace {

QString bytesText(std::size_t bytes)
{
    return QLocale().formattedDataSize(static_cast<qint64>(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

QString percent(double fraction)
{
    return QLocale().toString(100.0 * fraction, 'f', 1);
}

} // namespace

CompressPanel::CompressPanel(QWidget* parent)
    : QWidget(parent)
    , m_chart(new SparsityChart(this))
    , m_measure(new QPushButton(tr("Measure"), this))
    , m_sparsity(new QSpinBox(this))
    , m_scope(new QComboBox(this))
    , m_prune(new QPushButton(tr("Prune"), this))
    , m_epochs(new QSpinBox(this))
    , m_fineTune(new QPushButton(tr("Fine-tune"), this))
    , m_status(new QLabel(this))
    , m_size(new QLabel(this))
    , m_int8(new QLabel(this))
{
    m_measure->setToolTip(tr("Accuracy on the test split as the weights are pruned from 0 to 95%, "
                             "and of the network quantized to int8"));
    m_sparsity->setRange(0, 95);
    m_sparsity->setSingleStep(5);
    m_sparsity->setValue(80);
    m_sparsity->setSuffix(QStringLiteral(" %"));
    m_sparsity->setToolTip(tr("The share of weights set to zero, smallest magnitudes first"));
    m_scope->addItem(tr("Over the whole network"), static_cast<int>(PruningScope::Global));
    m_scope->addItem(tr("Per layer"), static_cast<int>(PruningScope::PerLayer));
    m_prune->setToolTip(tr("Set the smallest weights of the trained network to zero"));
    m_epochs->setRange(1, 1000);
    m_epochs->setValue(2);
    m_epochs->setSuffix(tr(" epochs"));
    m_fineTune->setToolTip(tr("Train the pruned network further; pruned weights stay zero"));
    for (QLabel* l : {m_status, m_size, m_int8}) {
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto* controls = new QGridLayout;
    controls->addWidget(m_measure, 0, 0);
    controls->addWidget(m_status, 0, 1, 1, 4);
    controls->addWidget(new QLabel(tr("Sparsity:"), this), 1, 0);
    controls->addWidget(m_sparsity, 1, 1);
    controls->addWidget(m_scope, 1, 2);
    controls->addWidget(m_prune, 1, 3);
    controls->addWidget(m_epochs, 2, 2);
    controls->addWidget(m_fineTune, 2, 3);
    controls->setColumnStretch(4, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_size);
    layout->addWidget(m_int8);

    connect(m_measure, &QPushButton::clicked, this, &CompressPanel::measureRequested);
    connect(m_prune, &QPushButton::clicked, this, [this] { Q_EMIT pruneRequested(fraction(), scope()); });
    connect(m_fineTune, &QPushButton::clicked, this, [this] { Q_EMIT fineTuneRequested(fineTuneEpochs()); });
    setReport({});
    setStatus(tr("Train the network, then measure how much of it can go."));
}

void CompressPanel::setReport(const CompressionReport& report)
{
    m_chart->setReport(report);
    if (report.float32Bytes == 0) {
        m_size->clear();
        m_int8->clear();
        return;
    }
    QString size = tr("Size: %1 as float32").arg(bytesText(report.float32Bytes));
    if (report.prune)
        size += tr(", %1 pruned to %2% (kept weights and a bitmap)")
                    .arg(bytesText(report.prune->bytes), percent(report.prune->sparsity));
    if (report.quantize)
        size += tr(", %1 as int8").arg(bytesText(report.quantize->bytes));
    size += tr(": %1 times smaller.").arg(QLocale().toString(
        static_cast<double>(report.float32Bytes) / static_cast<double>(std::max<std::size_t>(1, report.bytesAfter())), 'f', 1));
    m_size->setText(size);
    if (!report.quantize) {
        m_int8->clear();
    } else if (report.classification) {
        m_int8->setText(tr("int8: accuracy %1% (%2 points against the %3 model), weights %4, activations "
                           "calibrated on %5 training samples.")
                            .arg(percent(report.quantize->int8.accuracy))
                            .arg(QLocale().toString(100.0 * report.int8AccuracyChange(), 'f', 2))
                            .arg(!report.prune ? tr("float32")
                                    : report.prune->fineTuned ? tr("fine-tuned")
                                                              : tr("pruned"))
                            .arg(report.quantize->weightScales == WeightScales::PerChannel ? tr("per channel")
                                                                                             : tr("per tensor"))
                            .arg(report.quantize->calibrationSamples));
    } else {
        m_int8->setText(tr("int8: loss %1 (float32: %2).")
                            .arg(QLocale().toString(static_cast<double>(report.quantize->int8.loss), 'f', 4))
                            .arg(QLocale().toString(static_cast<double>(report.quantize->reference.loss), 'f', 4)));
    }
}

void CompressPanel::setBusy(bool busy, const QString& status)
{
    m_busy = busy;
    if (!status.isEmpty())
        setStatus(status);
    updateButtons();
}

void CompressPanel::setStatus(const QString& status)
{
    m_status->setText(status);
}

void CompressPanel::setFineTuneAvailable(bool available)
{
    m_fineTuneAvailable = available;
    updateButtons();
}

void CompressPanel::updateButtons()
{
    m_measure->setEnabled(!m_busy);
    m_prune->setEnabled(!m_busy);
    m_fineTune->setEnabled(!m_busy && m_fineTuneAvailable);
    m_epochs->setEnabled(!m_busy && m_fineTuneAvailable);
}

double CompressPanel::fraction() const
{
    return m_sparsity->value() / 100.0;
}

PruningScope CompressPanel::scope() const
{
    return static_cast<PruningScope>(m_scope->currentData().toInt());
}

int CompressPanel::fineTuneEpochs() const
{
    return m_epochs->value();
}

QString CompressPanel::sizeText() const
{
    return m_size->text();
}

QString CompressPanel::int8Text() const
{
    return m_int8->text();
}

} // namespace nw
