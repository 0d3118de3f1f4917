#include "ReconstructionGallery.h"

#include "SampleRendering.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace nw {

namespace {

constexpr int kImageSide = 56; // a 28x28 image at 2x, an 8x8 digit at 7x
constexpr int kGap = 4;
constexpr int kCaption = 32; // two lines

} // namespace

ReconstructionGallery::ReconstructionGallery(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(2 * kImageSide + 3 * kGap, kImageSide + kCaption + 2 * kGap);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ReconstructionGallery::setResult(std::shared_ptr<const EvaluationResult> result)
{
    m_result = std::move(result);
    m_order.clear();
    if (m_result && m_result->report.reconstructionErrors)
        m_order = m_result->report.reconstructionErrors->worstFirst(); // the report's own ranking
    m_page = 0;
    buildPage();
    Q_EMIT pageChanged(m_page);
}

int ReconstructionGallery::pageCount() const
{
    return static_cast<int>((m_order.size() + kPageSize - 1) / kPageSize);
}

void ReconstructionGallery::setPage(int page)
{
    page = std::clamp(page, 0, std::max(0, pageCount() - 1));
    if (page == m_page)
        return;
    m_page = page;
    buildPage();
    Q_EMIT pageChanged(m_page);
}

std::vector<std::size_t> ReconstructionGallery::shownPositions() const
{
    std::vector<std::size_t> positions;
    for (const Cell& c : m_cells)
        positions.push_back(c.position);
    return positions;
}

void ReconstructionGallery::buildPage()
{
    m_cells.clear();
    if (m_result && m_result->dataset) {
        const Dataset& data = *m_result->dataset;
        const Shape shape = data.sampleShape();
        const auto per = static_cast<std::size_t>(m_result->outputsPerSample);
        const std::size_t first = static_cast<std::size_t>(m_page) * kPageSize;
        for (std::size_t k = first; k < std::min(m_order.size(), first + kPageSize); ++k) {
            const std::size_t position = m_order[k];
            const std::size_t index = m_result->datasetIndices[position];
            Tensor inputs, targets;
            const std::size_t one[] = { index };
            data.fillBatch(one, inputs, targets);
            const std::vector<float> output(m_result->outputs.begin() + static_cast<std::ptrdiff_t>(position * per),
                m_result->outputs.begin() + static_cast<std::ptrdiff_t>((position + 1) * per));
            Cell cell { position, renderImage(shape, { inputs.data(), inputs.data() + inputs.size() }, kImageSide),
                renderImage(shape, output, kImageSide), {}, m_result->losses[position] };
            if (data.noiseStd() > 0.0f)
                cell.target = renderImage(shape, { targets.data(), targets.data() + targets.size() }, kImageSide);
            m_cells.push_back(std::move(cell));
        }
    }
    updateGeometry();
    update();
}

int ReconstructionGallery::columns() const
{
    const bool withTarget = !m_cells.empty() && !m_cells.front().target.isNull();
    const int cellWidth = (withTarget ? 3 : 2) * (kImageSide + kGap) + 3 * kGap;
    return std::max(1, width() / cellWidth);
}

QRect ReconstructionGallery::cellRect(int k) const
{
    const bool withTarget = !m_cells.empty() && !m_cells.front().target.isNull();
    const int cellWidth = (withTarget ? 3 : 2) * (kImageSide + kGap) + 3 * kGap;
    const int cellHeight = kImageSide + kCaption + 3 * kGap;
    const int c = columns();
    return { (k % c) * cellWidth, (k / c) * cellHeight, cellWidth - kGap, cellHeight - kGap };
}

QSize ReconstructionGallery::sizeHint() const
{
    return { 3 * (3 * (kImageSide + kGap) + 3 * kGap), 4 * (kImageSide + kCaption + 3 * kGap) };
}

void ReconstructionGallery::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_cells.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("Evaluate an autoencoder (data with task=reconstruction) to see its inputs beside its reconstructions."));
        return;
    }
    const QLocale locale;
    for (int k = 0; k < static_cast<int>(m_cells.size()); ++k) {
        const Cell& cell = m_cells[static_cast<std::size_t>(k)];
        const QRect r = cellRect(k);
        painter.setPen(palette().color(QPalette::Mid));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r.adjusted(0, 0, -1, -1));
        int x = r.left() + kGap;
        for (const QImage* image : { &cell.input, &cell.output, &cell.target }) {
            if (image->isNull())
                continue;
            const QRect target(x, r.top() + kGap, kImageSide, kImageSide);
            painter.drawImage(target, *image);
            x += kImageSide + kGap;
        }
        painter.setPen(palette().color(QPalette::Text));
        const int rank = m_page * kPageSize + k + 1;
        painter.drawText(QRect(r.left() + kGap, r.top() + kGap + kImageSide, r.width() - 2 * kGap, kCaption),
            Qt::AlignLeft | Qt::AlignVCenter,
            tr("#%1 · error %2\nsample %3")
                .arg(rank)
                .arg(locale.toString(cell.error, 'g', 3))
                .arg(m_result->datasetIndices[cell.position]));
    }
}

void ReconstructionGallery::mousePressEvent(QMouseEvent* event)
{
    for (int k = 0; k < static_cast<int>(m_cells.size()); ++k)
        if (cellRect(k).contains(event->position().toPoint())) {
            Q_EMIT sampleActivated(static_cast<int>(m_result->datasetIndices[m_cells[static_cast<std::size_t>(k)].position]));
            return;
        }
}

} // namespace nw
