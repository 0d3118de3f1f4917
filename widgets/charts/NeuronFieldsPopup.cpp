#include "NeuronFieldsPopup.h"

#include "DecisionBoundaryWidget.h"
#include "graph/CardPopupPlacement.h"

#include <QPainter>

#include <algorithm>

namespace nw {

namespace {

constexpr int kMargin = 8;
constexpr int kGap = 4;
constexpr int kTextWidth = 260;

} // namespace

NeuronFieldsPopup::NeuronFieldsPopup(QWidget* parent)
    : QFrame(parent, Qt::ToolTip | Qt::FramelessWindowHint | Qt::WindowDoesNotAcceptFocus)
{
    setObjectName(QStringLiteral("neuronFieldsPopup"));
    setAttribute(Qt::WA_ShowWithoutActivating);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFrameShape(QFrame::Box);
}

void NeuronFieldsPopup::setFields(const QString& title, const QVector<DecisionField>& fields, int totalUnits)
{
    m_title = title;
    m_tiles.clear();
    for (const DecisionField& field : fields) {
        const QImage image = DecisionBoundaryWidget::fieldImage(field);
        if (!image.isNull())
            m_tiles.append(image);
    }
    m_footer = totalUnits > m_tiles.size()
        ? tr("The first %1 of %2 units. Orange: negative, blue: positive.").arg(m_tiles.size()).arg(totalUnits)
        : tr("Orange: negative, blue: positive.");
    resize(sizeHint());
    update();
}

void NeuronFieldsPopup::setMessage(const QString& title, const QString& message)
{
    m_title = title;
    m_tiles.clear();
    m_footer = message;
    resize(sizeHint());
    update();
}

QSize NeuronFieldsPopup::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int columns = std::clamp(int(m_tiles.size()), 1, kMaxColumns);
    const int rows = m_tiles.isEmpty() ? 0 : (int(m_tiles.size()) + kMaxColumns - 1) / kMaxColumns;
    const int tilesWidth = m_tiles.isEmpty() ? 0 : columns * kTileSize + (columns - 1) * kGap;
    const int width = std::max({ tilesWidth, std::min(kTextWidth, metrics.horizontalAdvance(m_title)), 180 });
    const QRect footer = metrics.boundingRect(QRect(0, 0, width, 1000), Qt::TextWordWrap, m_footer);
    const int tilesHeight = rows == 0 ? 0 : rows * kTileSize + (rows - 1) * kGap + kGap;
    return QSize(width + 2 * kMargin, kMargin + metrics.height() + kGap + tilesHeight + footer.height() + kMargin);
}

void NeuronFieldsPopup::showNear(QRect globalAnchor)
{
    resize(sizeHint());
    showUnderCard(this, globalAnchor);
}

void NeuronFieldsPopup::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xfb, 0xfb, 0xfb));
    painter.setPen(QColor(0xaa, 0xaa, 0xaa));
    painter.drawRect(rect().adjusted(0, 0, -1, -1));
    const QFontMetrics metrics(font());
    int y = kMargin;
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(QColor(0x33, 0x33, 0x33));
    const int width = this->width() - 2 * kMargin;
    painter.drawText(QRect(kMargin, y, width, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(m_title, Qt::ElideRight, width));
    y += metrics.height() + kGap;
    painter.setFont(font());
    for (int i = 0; i < m_tiles.size(); ++i) {
        const QRect tile(kMargin + (i % kMaxColumns) * (kTileSize + kGap), y + (i / kMaxColumns) * (kTileSize + kGap),
            kTileSize, kTileSize);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(tile, m_tiles[i]);
        painter.setPen(QColor(0x99, 0x99, 0x99));
        painter.drawRect(tile.adjusted(0, 0, -1, -1));
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        painter.setFont(small);
        painter.setPen(QColor(0x33, 0x33, 0x33));
        painter.drawText(tile.adjusted(3, 1, -2, -1), Qt::AlignLeft | Qt::AlignTop, QString::number(i));
        painter.setFont(font());
    }
    if (!m_tiles.isEmpty()) {
        const int rows = (int(m_tiles.size()) + kMaxColumns - 1) / kMaxColumns;
        y += rows * kTileSize + (rows - 1) * kGap + kGap;
    }
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(QRect(kMargin, y, width, height() - y), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_footer);
}

} // namespace nw
