#pragma once
// The PyTorch form of each layer type, as a table: one small function per type
// that turns a node (its parameters and the shapes the compiler inferred) into
// the module model.py builds for it, or into an expression written inline in
// forward() for layers without weights that combine inputs (Add, Concat). The
// weight names of every module match the engine's, so weights.safetensors loads
// as a state_dict unchanged. Layouts follow tests/fixtures/make_torch_oracle.py.
#include "engine/Shape.h"
#include "model/NodeData.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace nw::pytorch {

struct LayerContext {
    const NodeData& node;
    std::vector<Shape> inputShapes; // one sample's shape per input port, without the batch
    Shape outputShape;
    QStringList inputVariables; // forward()'s variables holding the inputs, in port order
};

struct LayerCode {
    // The expression that builds the module ("nn.Linear(64, 10)"); empty when the
    // layer is an inline expression instead.
    QString module;
    // forward()'s expression for an inline layer ("fc1 + skip"); empty for a module.
    QString inlineExpression;
    // A class of model.py's own that `module` uses (PyTorchHelperClasses), or empty.
    QString helper;
};

// The code for the node; nullopt when its type has no PyTorch form (Input, whose
// values are forward()'s arguments, or a type this table does not know).
std::optional<LayerCode> pytorchLayerCode(const LayerContext& context);
// Whether the table has an entry for the type (Input counts: it needs none).
bool hasPyTorchForm(const QString& type);

} // namespace nw::pytorch
