#include "SampleGallery.h"

#include "SampleRendering.h"

#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QVBoxLayout>

#include <algorithm>

namespace nw {

namespace {
constexpr int kThumbnailSide = 56;
}

SampleGallery::SampleGallery(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
{
    m_title->setWordWrap(true);
    m_list->setViewMode(QListView::IconMode);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setMovement(QListView::Static);
    m_list->setUniformItemSizes(true);
    m_list->setIconSize(QSize(kThumbnailSide, kThumbnailSide));
    m_list->setSpacing(4);
    m_list->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemClicked, this,
        [this](QListWidgetItem* item) { Q_EMIT sampleActivated(item->data(Qt::UserRole).toInt()); });
    clear();
}

void SampleGallery::clear()
{
    m_result.reset();
    m_datasetIndices.clear();
    m_list->clear();
    m_title->setText(tr("Click a cell of the matrix to see its samples."));
}

int SampleGallery::shownCount() const
{
    return m_list->count();
}

void SampleGallery::showSamples(
    std::shared_ptr<const EvaluationResult> result, std::vector<std::size_t> positions, const QString& title)
{
    m_list->clear();
    m_result = std::move(result);
    m_datasetIndices.clear();
    if (!m_result || !m_result->dataset) {
        clear();
        return;
    }
    const EvaluationResult& r = *m_result;
    const bool classes = r.classCount > 0;
    auto confidence = [&](std::size_t at) { return classes ? r.probability(at, r.predictedClasses[at]) : 0.0f; };
    std::stable_sort(positions.begin(), positions.end(),
        [&](std::size_t a, std::size_t b) { return confidence(a) > confidence(b); });
    for (std::size_t at : positions)
        m_datasetIndices.push_back(r.datasetIndices[at]);

    const Dataset& data = *r.dataset;
    const bool images = isImageDataset(data);
    m_list->setGridSize(images ? QSize(kThumbnailSide + 16, kThumbnailSide + 24) : QSize(130, 96));
    const int shown = std::min<int>(kMaxShown, static_cast<int>(positions.size()));
    for (int i = 0; i < shown; ++i) {
        const std::size_t at = positions[static_cast<std::size_t>(i)];
        const std::size_t index = r.datasetIndices[at];
        const QString probability = classes ? tr("p = %1").arg(static_cast<double>(confidence(at)), 0, 'f', 2)
                                            : tr("loss %1").arg(static_cast<double>(r.losses[at]), 0, 'g', 3);
        auto* item = new QListWidgetItem;
        if (images) {
            item->setIcon(QPixmap::fromImage(renderSample(data, index, kThumbnailSide)));
            item->setText(probability);
        } else {
            item->setText(probability + QLatin1Char('\n') + sampleFeatureText(data, index, 3));
        }
        item->setData(Qt::UserRole, static_cast<int>(index));
        const SampleOrigin origin = data.origin(index);
        QString tip = tr("Sample %1").arg(index);
        if (!origin.file.empty())
            tip += tr(" (%1, #%2)").arg(QString::fromStdString(origin.file)).arg(origin.index);
        if (classes)
            tip += QLatin1Char('\n')
                + tr("True %1, predicted %2 (%3)")
                      .arg(r.className(r.trueClasses[at]), r.className(r.predictedClasses[at]), probability);
        tip += QLatin1Char('\n') + tr("Loss %1").arg(static_cast<double>(r.losses[at]), 0, 'g', 4);
        item->setToolTip(tip);
        m_list->addItem(item);
    }
    QString header = title + QLatin1String(": ") + tr("%n sample(s)", nullptr, static_cast<int>(positions.size()));
    if (shown < static_cast<int>(positions.size()))
        header += tr(", the %1 most confident shown").arg(shown);
    m_title->setText(header);
}

} // namespace nw
