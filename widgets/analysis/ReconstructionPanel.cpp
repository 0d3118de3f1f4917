#include "ReconstructionPanel.h"

#include "LatentScatter.h"
#include "ReconstructionGallery.h"
#include "SampleRendering.h"
#include "training/BackgroundTask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace nw {

namespace {

constexpr int kDecodedSide = 140;

} // namespace

ReconstructionPanel::ReconstructionPanel(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_gallery(new ReconstructionGallery(this))
    , m_previous(new QPushButton(tr("◀ Worse"), this))
    , m_next(new QPushButton(tr("Better ▶"), this))
    , m_pageLabel(new QLabel(this))
    , m_latentStack(new QStackedWidget(this))
    , m_scatter(new LatentScatter(this))
    , m_latentMessage(new QLabel(this))
    , m_decodedView(new QLabel(this))
    , m_decodedCaption(new QLabel(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previous->setToolTip(tr("The previous page: samples reconstructed worse"));
    m_next->setToolTip(tr("The next page: samples reconstructed better"));
    m_latentMessage->setWordWrap(true);
    m_latentMessage->setAlignment(Qt::AlignCenter);
    m_decodedView->setFixedSize(kDecodedSide, kDecodedSide);
    m_decodedView->setAlignment(Qt::AlignCenter);
    m_decodedView->setFrameShape(QFrame::StyledPanel);
    m_decodedCaption->setWordWrap(true);
    m_decodedCaption->setText(tr("Click anywhere on the latent space: the decoder turns that point into an image."));
    m_scatter->setToolTip(tr("Each evaluated sample at its 2-unit bottleneck code, coloured by class. Click to decode a point."));

    auto* pageBar = new QHBoxLayout;
    pageBar->addWidget(m_previous);
    pageBar->addWidget(m_pageLabel, 1, Qt::AlignCenter);
    pageBar->addWidget(m_next);
    auto* left = new QVBoxLayout;
    left->addWidget(m_gallery, 1);
    left->addLayout(pageBar);

    auto* latentPage = new QWidget(this);
    auto* latentLayout = new QVBoxLayout(latentPage);
    latentLayout->setContentsMargins(0, 0, 0, 0);
    latentLayout->addWidget(m_scatter, 1);
    auto* decodedRow = new QHBoxLayout;
    decodedRow->addWidget(m_decodedView);
    decodedRow->addWidget(m_decodedCaption, 1);
    latentLayout->addLayout(decodedRow);
    m_latentStack->addWidget(latentPage);
    m_latentStack->addWidget(m_latentMessage);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addWidget(m_latentStack, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addLayout(columns, 1);

    connect(m_previous, &QPushButton::clicked, this, [this] { m_gallery->setPage(m_gallery->page() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { m_gallery->setPage(m_gallery->page() + 1); });
    connect(m_gallery, &ReconstructionGallery::pageChanged, this, &ReconstructionPanel::updatePageBar);
    connect(m_gallery, &ReconstructionGallery::sampleActivated, this, &ReconstructionPanel::sampleActivated);
    connect(m_scatter, &LatentScatter::codePicked, this, &ReconstructionPanel::decodeAt);
    connect(&m_watcher, &BackgroundWatcher<Decoded>::finished, this, &ReconstructionPanel::showDecoded);
    setResult(nullptr);
}

ReconstructionPanel::~ReconstructionPanel()
{
    m_watcher.waitForFinished();
}

void ReconstructionPanel::setResult(std::shared_ptr<const EvaluationResult> result)
{
    m_result = std::move(result);
    ++m_resultSerial;
    m_pending.reset(); // a click on the previous result's space; a decode in flight is dropped when it ends
    const bool reconstruction = m_result && m_result->report.reconstruction;
    m_gallery->setResult(reconstruction ? m_result : nullptr);
    const LatentSpace* space = reconstruction ? m_result->latent.get() : nullptr;
    m_scatter->setSpace(space && space->isPlane() ? m_result->latent : nullptr);
    m_decodedImage = QImage();
    m_decodedView->clear();
    if (space && space->isPlane()) {
        m_latentStack->setCurrentIndex(0);
    } else {
        m_latentStack->setCurrentIndex(1);
        if (!reconstruction)
            m_latentMessage->clear();
        else if (!space)
            m_latentMessage->setText(tr("The latent space is drawn for a chain of layers with a bottleneck: a layer narrower than both the "
                                              "input and the output."));
        else
            m_latentMessage->setText(
                tr("The latent space is drawn for a bottleneck of 2 units. This network's narrowest layer, '%1', "
                   "holds %2 values.")
                    .arg(QString::fromStdString(space->bottleneck().id))
                    .arg(shapeNumel(space->bottleneck().shape)));
    }
    m_summary->setText(summaryText());
    updatePageBar();
}

QString ReconstructionPanel::summaryText() const
{
    if (!m_result)
        return tr("Evaluate to see how well the network gives its inputs back.");
    const EvaluationReport& report = m_result->report;
    if (!report.reconstruction)
        return tr("This data is not reconstruction data: set task=reconstruction in the dataset spec to train an "
                  "autoencoder.");
    const QLocale locale;
    const std::vector<float>& e = m_result->losses;
    const auto [best, worst] = std::minmax_element(e.begin(), e.end());
    QString text = tr("Reconstruction error (mean squared error per value): mean %1, worst %2, best %3; samples: %4.")
                       .arg(locale.toString(report.meanSquaredError, 'g', 4),
                           locale.toString(e.empty() ? 0.0 : double(*worst), 'g', 4),
                           locale.toString(e.empty() ? 0.0 : double(*best), 'g', 4), locale.toString(qulonglong(e.size())));
    if (report.noiseStd > 0)
        text += QLatin1Char(' ')
            + tr("Denoising: each cell shows the noisy input (std %1), the reconstruction and the clean target.")
                  .arg(locale.toString(report.noiseStd, 'g', 3));
    else
        text += QLatin1Char(' ') + tr("Each cell shows the input and its reconstruction.");
    return text;
}

void ReconstructionPanel::updatePageBar()
{
    const int pages = m_gallery->pageCount();
    m_previous->setEnabled(m_gallery->page() > 0);
    m_next->setEnabled(m_gallery->page() + 1 < pages);
    m_pageLabel->setText(pages ? tr("Page %1 of %2, worst first").arg(m_gallery->page() + 1).arg(pages) : QString());
}

void ReconstructionPanel::decodeAt(QPointF code)
{
    if (!m_result || !m_result->latent || !m_result->latent->isPlane())
        return;
    m_scatter->setMarker(code);
    if (m_decoding) {
        m_pending = code; // only the latest click matters
        return;
    }
    startDecode(code);
}

void ReconstructionPanel::startDecode(QPointF code)
{
    m_decoding = true;
    std::shared_ptr<const LatentSpace> space = m_result->latent;
    m_watcher.setTask(runInBackground([space, code, serial = m_resultSerial]() {
        Decoded d { serial, code, {}, {} };
        try {
            d.values = space->decode(static_cast<float>(code.x()), static_cast<float>(code.y()));
        } catch (const std::exception& e) {
            d.error = QString::fromStdString(e.what());
        }
        return d;
    }));
}

void ReconstructionPanel::showDecoded()
{
    m_decoding = false;
    const Decoded d = m_watcher.result();
    const LatentSpace* current = m_result ? m_result->latent.get() : nullptr;
    if (m_pending && current && current->isPlane()) {
        const QPointF next = *m_pending;
        m_pending.reset();
        startDecode(next);
    }
    if (d.result != m_resultSerial)
        return; // decoded in the previous result's space: the view was cleared for the new one
    const QLocale locale;
    if (!d.error.isEmpty()) {
        m_decodedCaption->setText(QStringLiteral("⚠ ") + d.error);
    } else {
        m_decodedImage = renderImage(current->imageShape(), d.values, kDecodedSide);
        m_decodedView->setPixmap(QPixmap::fromImage(m_decodedImage.scaled(
            kDecodedSide - 4, kDecodedSide - 4, Qt::KeepAspectRatio, Qt::FastTransformation)));
        m_decodedCaption->setText(tr("The decoder's image for the point (%1, %2) of the latent space.")
                                      .arg(locale.toString(d.code.x(), 'f', 2), locale.toString(d.code.y(), 'f', 2)));
    }
    Q_EMIT decoded();
}

QString ReconstructionPanel::decodedCaption() const
{
    return m_decodedCaption->text();
}

} // namespace nw
