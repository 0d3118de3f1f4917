#include "ConfusionMatrixPanel.h"

#include "AnalysisExport.h"
#include "ConfusionHeatmap.h"
#include "SampleGallery.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace nw {

ConfusionMatrixPanel::ConfusionMatrixPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_heatmap(new ConfusionHeatmap(this))
    , m_gallery(new SampleGallery(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_mode->addItem(tr("Counts"));
    m_mode->addItem(tr("Share of true class"));
    m_mode->setToolTip(tr("Row-normalised: each row sums to 1, the diagonal is each class's recall."));
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_mode);
    bar->addWidget(makeExportButton(this, m_heatmap, QStringLiteral("confusion-matrix"), [this] { return csv(); }));

    m_splitter->addWidget(m_heatmap);
    m_splitter->addWidget(m_gallery);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_gallery->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int index) { m_heatmap->setNormalised(index == 1); });
    connect(m_heatmap, &ConfusionHeatmap::cellClicked, this, &ConfusionMatrixPanel::activateCell);
    connect(m_gallery, &SampleGallery::sampleActivated, this, &ConfusionMatrixPanel::sampleActivated);
    setResult(nullptr);
}

void ConfusionMatrixPanel::setResult(std::shared_ptr<const EvaluationResult> result)
{
    // A refresh of the same classes (the next epoch, another split) keeps the open
    // cell open, now with the samples the new result puts there.
    const bool keepCell = m_openCell && m_result && result && result->classCount == m_result->classCount;
    m_result = std::move(result);
    m_gallery->clear();
    m_gallery->hide();
    if (!keepCell)
        m_openCell.reset();
    if (!m_result || !m_result->report.confusion) {
        m_heatmap->setMatrix({}, {});
        m_heatmap->setPlaceholder(m_result ? tr("The confusion matrix is for classifiers; this model predicts values.")
                                           : tr("Evaluate the trained model to see where it is right and wrong."));
        m_summary->clear();
        return;
    }
    const ConfusionMatrix& cm = *m_result->report.confusion;
    const int n = cm.classCount();
    std::vector<std::size_t> counts;
    counts.reserve(static_cast<std::size_t>(n) * static_cast<std::size_t>(n));
    QStringList names;
    for (int t = 0; t < n; ++t) {
        names.append(m_result->className(t));
        for (int p = 0; p < n; ++p)
            counts.push_back(cm.count(t, p));
    }
    m_heatmap->setMatrix(std::move(counts), names);
    const QString part = m_result->part == DataPart::Train ? tr("Training split")
        : m_result->part == DataPart::Validation           ? tr("Validation split")
                                                           : tr("Test split");
    m_summary->setText(tr("%1: %n sample(s), accuracy %2%", nullptr, static_cast<int>(cm.total()))
                           .arg(part, QLocale().toString(100.0 * cm.accuracy(), 'f', 1)));
    if (m_openCell)
        fillGallery(m_openCell->first, m_openCell->second);
}

void ConfusionMatrixPanel::setNormalised(bool normalised)
{
    m_mode->setCurrentIndex(normalised ? 1 : 0);
}

bool ConfusionMatrixPanel::isNormalised() const
{
    return m_heatmap->isNormalised();
}

void ConfusionMatrixPanel::activateCell(int trueClass, int predictedClass)
{
    if (!m_result || trueClass < 0 || predictedClass < 0 || trueClass >= m_result->classCount
        || predictedClass >= m_result->classCount)
        return;
    m_openCell = std::make_pair(trueClass, predictedClass);
    fillGallery(trueClass, predictedClass);
    Q_EMIT cellActivated(trueClass, predictedClass);
}

void ConfusionMatrixPanel::fillGallery(int trueClass, int predictedClass)
{
    m_gallery->showSamples(m_result, m_result->samplesIn(trueClass, predictedClass),
        tr("True %1, predicted %2").arg(m_result->className(trueClass), m_result->className(predictedClass)));
    m_gallery->show();
}

QString ConfusionMatrixPanel::csv() const
{
    QString text = QStringLiteral("true_class,predicted_class,count,share_of_true_class\n");
    if (!m_result || !m_result->report.confusion)
        return text;
    const ConfusionMatrix& cm = *m_result->report.confusion;
    auto quoted = [](QString s) {
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    };
    for (int t = 0; t < cm.classCount(); ++t) {
        std::size_t total = 0;
        for (int p = 0; p < cm.classCount(); ++p)
            total += cm.count(t, p);
        for (int p = 0; p < cm.classCount(); ++p) {
            const double share = total ? static_cast<double>(cm.count(t, p)) / static_cast<double>(total) : 0.0;
            text += QStringLiteral("%1,%2,%3,%4\n")
                        .arg(quoted(m_result->className(t)), quoted(m_result->className(p)))
                        .arg(cm.count(t, p))
                        .arg(share, 0, 'g', 6);
        }
    }
    return text;
}

} // namespace nw
