#include "AugmentationPreview.h"

#include "analysis/SampleRendering.h"
#include "AugmentationGrid.h"
#include "data/AugmentedBatchSource.h"
#include "DatasetPreview.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace nw {

AugmentationPreview::AugmentationPreview(QWidget* parent)
    : QWidget(parent)
    , m_grid(new AugmentationGrid(this))
    , m_caption(new QLabel(this))
    , m_next(new QPushButton(tr("Other epochs"), this))
{
    m_grid->setObjectName(QStringLiteral("augmentationGrid"));
    m_caption->setObjectName(QStringLiteral("augmentationCaption"));
    m_caption->setWordWrap(true);
    m_next->setObjectName(QStringLiteral("augmentationNext"));
    m_next->setToolTip(tr("Show what the next epochs make of this sample."));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(m_grid);
    layout->addWidget(m_next, 0, Qt::AlignRight);
    connect(m_next, &QPushButton::clicked, this, [this] {
        m_firstEpoch += kTiles - 1;
        refresh();
    });
    refresh();
}

const QList<QImage>& AugmentationPreview::tiles() const
{
    return m_grid->images();
}

void AugmentationPreview::setSample(std::shared_ptr<const Dataset> dataset, std::size_t index, std::uint64_t sampleKey)
{
    m_dataset = std::move(dataset);
    m_index = index;
    m_sampleKey = sampleKey;
    m_firstEpoch = 0;
    refresh();
}

void AugmentationPreview::setSettings(const AugmentationSettings& settings, std::uint64_t seed)
{
    if (settings == m_settings && seed == m_seed)
        return;
    m_settings = settings;
    m_seed = seed;
    refresh();
}

void AugmentationPreview::refresh()
{
    const Dataset* d = m_dataset.get();
    Shape shape = d ? d->sampleShape() : Shape {};
    if (shape.size() == 2)
        shape = { 1, shape[0], shape[1] };
    if (!d || m_index >= d->size() || !isViewableImageShape(shape)) {
        m_grid->setTiles({}, {});
        m_grid->hide();
        m_next->hide();
        m_caption->setText(d ? tr("Augmentation varies images; these samples are not images.")
                             : tr("Load image data to see what augmentation makes of a sample."));
        return;
    }
    const std::vector<float> stored = sampleFeatures(*d, m_index);
    std::optional<PixelRange> range;
    if (d->holdsBytes() && !d->hasChannelNormalization())
        range = PixelRange { 0.0f, 255.0f * d->byteScale() };
    constexpr int kMinSide = 64;
    // Augmentation works on what the network sees; the tiles show pixels as stored.
    const auto picture = [&](std::vector<float> values) {
        undoChannelNormalization(*d, values);
        return renderImage(shape, values, kMinSide);
    };
    QList<QImage> images { picture(stored) };
    QStringList captions { tr("as stored") };
    for (int t = 1; t < kTiles; ++t) {
        const int epoch = m_firstEpoch + t - 1;
        std::vector<float> values = stored;
        AugmentedBatchSource::augmentOne(
            m_settings, m_seed, epoch, m_sampleKey, values.data(), shape[0], shape[1], shape[2], range);
        images.append(picture(std::move(values)));
        captions.append(tr("epoch %1").arg(epoch + 1));
    }
    m_grid->setTiles(std::move(images), std::move(captions));
    m_grid->show();
    m_next->show();
    m_next->setEnabled(m_settings.isActive());
    m_caption->setText(m_settings.isActive()
            ? tr("Sample %1 as training sees it in each epoch (training data only).").arg(m_index)
            : tr("Sample %1: augmentation is off, so every epoch sees it as stored.").arg(m_index));
}

} // namespace nw
