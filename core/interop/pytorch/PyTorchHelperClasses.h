#pragma once
// The few small module classes model.py defines for layers that have no direct
// torch.nn module (or whose torch module returns more than the layer does): each
// a subclass or a few lines over torch, keeping the engine's weight names.
#include <QString>
#include <QStringList>

namespace nw::pytorch {

// The Python source of the named helpers (PyTorchLayerCode's `helper` names) and of
// the helpers they build on, each once, in an order Python can execute. Throws
// std::logic_error for a name it does not know (a table/helper mismatch is a bug).
QString helperClassesSource(const QStringList& names);

} // namespace nw::pytorch
