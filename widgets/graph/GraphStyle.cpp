#include "GraphStyle.h"

#include <QHash>

namespace nw {

const GraphStyle& GraphStyle::instance()
{
    static const GraphStyle style;
    return style;
}

GraphStyle::GraphStyle()
{
    titleFont.setPointSizeF(9);
    titleFont.setBold(true);
    titleFontCondensed = titleFont;
    titleFontCondensed.setPointSizeF(8.3);
    titleFontCondensed.setLetterSpacing(QFont::PercentageSpacing, 96);
    bodyFont.setPointSizeF(8.5);
    smallFont.setPointSizeF(8);
    edgeLabelFont.setPointSizeF(7);

    cardPen = QPen(cardBorder, 1);
    selectedPen = QPen(selectedBorder, 2.2);
    errorPen = QPen(errorBorder, 2.2);
    edgePen = QPen(edge, 1.6);
    edgePen.setCapStyle(Qt::RoundCap);
    edgeSelectedPen = QPen(edgeSelected, 2.6);
    edgeSelectedPen.setCapStyle(Qt::RoundCap);
    pendingEdgePen = QPen(edgeSelected, 1.6, Qt::DashLine);
}

QColor GraphStyle::categoryColor(const QString& category) const
{
    // Muted hues that stay readable behind white text and distinct for colour-blind
    // users in the pairs that sit next to each other most (conv / pool / norm).
    static const QHash<QString, QColor> colors {
        { QStringLiteral("Input"), QColor(0x2a, 0x9d, 0x8f) },
        { QStringLiteral("Core"), QColor(0x3a, 0x6e, 0xc8) },
        { QStringLiteral("Convolution"), QColor(0x8e, 0x5c, 0xc4) },
        { QStringLiteral("Pooling"), QColor(0xc0, 0x5f, 0x95) },
        { QStringLiteral("Normalization"), QColor(0xd9, 0x96, 0x2b) },
        { QStringLiteral("Regularization"), QColor(0x7f, 0x8c, 0x8d) },
        { QStringLiteral("Activation"), QColor(0xe0, 0x6a, 0x4b) },
        { QStringLiteral("Merge"), QColor(0x4c, 0x9f, 0x50) },
        { QStringLiteral("Reshape"), QColor(0x5d, 0x6d, 0x7e) },
    };
    return colors.value(category, QColor(0x9a, 0xa0, 0xa6));
}

} // namespace nw
