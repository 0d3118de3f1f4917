#include "GraphStyle.h"

#include "model/LayerCategory.h"

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
    const LayerCategory* c = LayerCategory::find(category);
    return c ? c->color : QColor(0x9a, 0xa0, 0xa6);
}

} // namespace nw
