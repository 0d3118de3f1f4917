#pragma once
// Everything the application knows about one layer type: its engine type name,
// palette category, display name, parameters, a paragraph for students, and the
// factory that builds the engine layer from checked parameter values. A plain
// value owned by the LayerRegistry; the palette, the inspector, the graph model
// and the compiler all read it from there. How many inputs the type takes is not
// here: the engine layer knows, and LayerRegistry::inputPorts() asks it.
#include "ParameterSpec.h"

#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace nw {

class Layer;

struct LayerSpec {
    // Builds the engine layer from parameters already checked and converted by
    // ParameterSpec::convert, so it may read them without further checks.
    using Factory = std::function<std::unique_ptr<Layer>(const QVariantMap& params)>;

    QString type; // exactly the engine's Layer::typeName(), and the key in project files
    QString category; // a LayerCategory key: "Input", "Core", "Convolution", ...
    QString idPrefix; // readable node ids: "dense" gives dense1, dense2, ...
    // Untranslated source texts, marked with QT_TRANSLATE_NOOP("LayerRegistry", ...).
    const char* displayNameSource = "";
    const char* descriptionSource = "";
    QVector<ParameterSpec> parameters;
    Factory factory; // empty for Input, which the engine graph takes as addInput()

    bool isInput() const { return !factory; }
    QString displayName() const;
    QString categoryDisplayName() const;
    // One paragraph: what the layer computes and when to use it.
    QString description() const;
    const ParameterSpec* parameter(const QString& name) const;
    QVariantMap defaultParameters() const;
};

} // namespace nw
