#include "GraphStyle.h"

#include "model/LayerCategory.h"
#include "style/DisplayPreferences.h"

namespace nw {

const GraphStyle& GraphStyle::instance()
{
    static const GraphStyle desk(false);
    static const GraphStyle presentation(true);
    return DisplayPreferences::instance().presentationMode() ? presentation : desk;
}

GraphStyle::GraphStyle(bool presentation)
{
    titleFont.setPointSizeF(9);
    titleFont.setBold(true);
    titleFontCondensed = titleFont;
    titleFontCondensed.setPointSizeF(8.3);
    titleFontCondensed.setLetterSpacing(QFont::PercentageSpacing, 96);
    bodyFont.setPointSizeF(8.5);
    smallFont.setPointSizeF(8);
    edgeLabelFont.setPointSizeF(7);

    qreal line = 1.0;
    if (presentation) {
        // A projector washes out pale greys and hairlines.
        canvas = Qt::white;
        gridMinor = QColor(0xee, 0xee, 0xee);
        gridMajor = QColor(0xd0, 0xd0, 0xd0);
        cardBorder = QColor(0x30, 0x36, 0x3d);
        selectedBorder = QColor(0x00, 0x4e, 0xc2);
        errorBorder = QColor(0xb0, 0x00, 0x10);
        titleText = Qt::black;
        mutedText = QColor(0x30, 0x36, 0x3d);
        edge = QColor(0x2d, 0x33, 0x3b);
        edgeSelected = selectedBorder;
        titleFont.setWeight(QFont::Black);
        bodyFont.setWeight(QFont::DemiBold);
        line = 2.0;
    }
    cardPen = QPen(cardBorder, 1 * line);
    selectedPen = QPen(selectedBorder, 2.2 * line);
    errorPen = QPen(errorBorder, 2.2 * line);
    edgePen = QPen(edge, 1.6 * line);
    edgePen.setCapStyle(Qt::RoundCap);
    edgeSelectedPen = QPen(edgeSelected, 2.6 * line);
    edgeSelectedPen.setCapStyle(Qt::RoundCap);
    pendingEdgePen = QPen(edgeSelected, 1.6 * line, Qt::DashLine);
}

QColor GraphStyle::categoryColor(const QString& category) const
{
    const LayerCategory* c = LayerCategory::find(category);
    return c ? c->color : QColor(0x9a, 0xa0, 0xa6);
}

} // namespace nw
