#pragma once
// The look of the graph editor in one place: card metrics, category colours (as
// the LayerCategory table defines them), fonts and pens shared by NodeItem,
// PortItem and EdgeItem. Pens, brushes and fonts are built once (first use) so
// painting allocates nothing. Two looks: the desk's, and presentation mode's
// (DisplayPreferences) for a projector: white canvas, dark outlines and text,
// lines twice as thick; instance() gives the one in force.
#include <QColor>
#include <QFont>
#include <QPen>
#include <QString>

namespace nw {

class GraphStyle {
public:
    static const GraphStyle& instance();

    // The colour band of a palette category ("Core", "Convolution", ...), as
    // LayerCategory lists it; a neutral grey for unknown categories.
    QColor categoryColor(const QString& category) const;

    // Card geometry in scene units. A node's model position is its card's top-left.
    static constexpr qreal nodeWidth = 156;
    static constexpr qreal nodeMinHeight = 92;
    static constexpr qreal bandWidth = 7;
    static constexpr qreal cornerRadius = 6;
    static constexpr qreal portRadius = 5.5;
    static constexpr qreal portSpacing = 18;
    // Horizontal distance between layout columns and rows.
    static constexpr qreal columnSpacing = 240;
    static constexpr qreal rowSpacing = 110;

    QFont titleFont;
    QFont titleFontCondensed; // for names that do not fit the card ("Batch Normalization")
    QFont bodyFont;
    QFont smallFont;
    QFont edgeLabelFont;

    QColor canvas { 0xf4, 0xf5, 0xf7 };
    QColor gridMinor { 0xe6, 0xe8, 0xec };
    QColor gridMajor { 0xd7, 0xdb, 0xe1 };
    QColor cardFill { Qt::white };
    QColor cardBorder { 0xc3, 0xc8, 0xd0 };
    QColor selectedBorder { 0x1f, 0x6f, 0xeb };
    QColor errorBorder { 0xd9, 0x2d, 0x20 };
    QColor titleText { 0x1d, 0x23, 0x2b };
    QColor mutedText { 0x6b, 0x73, 0x80 };
    QColor edge { 0x7a, 0x84, 0x92 };
    QColor edgeSelected { 0x1f, 0x6f, 0xeb };
    QColor edgeLabelFill { 0xff, 0xff, 0xff, 0xe6 };
    QColor portFill { 0xff, 0xff, 0xff };
    QColor portAccept { 0x2e, 0xa0, 0x43 };

    QPen cardPen;
    QPen selectedPen;
    QPen errorPen;
    QPen edgePen;
    QPen edgeSelectedPen;
    QPen pendingEdgePen;

private:
    explicit GraphStyle(bool presentation);
};

} // namespace nw
