#pragma once
// The one place that knows every layer type: its LayerSpec (ports, parameters,
// texts for the palette and inspector) and how to build the engine layer from a
// node's parameters. Adding a layer type means adding one entry to
// BuiltinLayers.cpp; the palette, inspector, graph model, compiler and file
// loader pick it up from here.
//
// instance() is a process-wide registry that owns itself and lives until exit;
// tests may build their own. Immutable after construction, so it may be read from
// any thread (the compiler also runs on a snapshot in the training worker).
#include "LayerSpec.h"

#include <QHash>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

#include <memory>

namespace nw {

class Layer;

// How many inputs a node takes, and so how many input ports its card shows.
struct InputPorts {
    int minimum = 1;
    int maximum = 1;
};

class LayerRegistry {
public:
    // The built-in layer types.
    static const LayerRegistry& instance();

    // Builds every non-Input spec's engine layer once with default parameters: to
    // check that it is named like its spec and to learn its input ports.
    explicit LayerRegistry(QVector<LayerSpec> specs);

    // In palette order.
    QStringList typeNames() const;
    // The keys of the categories that hold at least one type, in the palette order
    // of LayerCategory::all().
    QStringList categories() const;
    QStringList typesInCategory(const QString& category) const;

    bool contains(const QString& type) const { return m_index.contains(type); }
    // Null for an unknown type. Valid for the registry's lifetime.
    const LayerSpec* spec(const QString& type) const;
    QVariantMap defaultParameters(const QString& type) const;
    // The inputs a node of this type takes, as its engine layer reports them
    // (Layer::minInputs/maxInputs); none for Input. An unknown type gets one, so an
    // edge a file draws into it still has a port to end at.
    InputPorts inputPorts(const QString& type) const;

    // `params` over the type's defaults, every value checked and converted to its
    // kind's stored type. Unknown types and parameter names are errors.
    bool resolveParameters(const QString& type, const QVariantMap& params, QVariantMap* resolved, QString* error) const;

    // The engine layer for a node of this type, or null with a sentence in *error
    // ("units must be between 1 and 65536, got 0"). Missing parameters take their
    // defaults. Input has no engine layer (the graph takes it as addInput()), so
    // asking for one is an error too.
    std::unique_ptr<Layer> createLayer(const QString& type, const QVariantMap& params, QString* error) const;

private:
    QVector<LayerSpec> m_specs;
    QVector<InputPorts> m_ports; // parallel to m_specs
    QHash<QString, int> m_index;
};

} // namespace nw
