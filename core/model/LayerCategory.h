#pragma once
// The palette categories of the layer types, in palette order, each with its
// translatable name and its colour: the band of a node's card in the editor and
// the swatch in the palette. The one table of categories: LayerSpec::category
// names an entry by key, the registry refuses a spec whose category is not here,
// and GraphStyle takes the colours from it. Immutable; read from any thread.
#include <QColor>
#include <QString>
#include <QVector>

namespace nw {

struct LayerCategory {
    QString key; // untranslated and stable: "Input", "Core", "Convolution", ...
    // Untranslated source text, marked with QT_TRANSLATE_NOOP("LayerRegistry", ...).
    const char* displayNameSource = "";
    QColor color;

    QString displayName() const;

    // Every category, in palette order.
    static const QVector<LayerCategory>& all();
    // Null for an unknown key.
    static const LayerCategory* find(const QString& key);
};

} // namespace nw
