#pragma once
// The table of built-in layer types that LayerRegistry::instance() is made from.
// This is the file to edit when the engine gains a layer.
#include "LayerSpec.h"

#include <QVector>

namespace nw {

// In palette order: inputs first, then by category.
QVector<LayerSpec> builtinLayerSpecs();

} // namespace nw
