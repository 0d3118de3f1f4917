// The clipboard's JSON as the editor pastes it (Edit ▸ Paste, also from another
// window or program): validation, PasteCommand against a network that already
// has nodes (so ids collide and get renamed), compile, undo and redo.
#include "model/GraphClipboard.h"
#include "model/GraphCompiler.h"
#include "model/NetworkGraphModel.h"
#include "model/commands/PasteCommand.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QUndoStack>

namespace {

// input -> fc1 -> out: small, with the ids a pasted fragment most likely reuses.
const char* const kStartingGraph = R"({"nodes": [
  {"id": "input", "type": "Input", "params": {"shape": [4]}, "position": [0, 0]},
  {"id": "fc1", "type": "Dense", "params": {"units": 8}, "position": [220, 0]},
  {"id": "out", "type": "Dense", "params": {"units": 3}, "position": [440, 0]}],
 "edges": [{"from": "input", "to": "fc1", "port": 0}, {"from": "fc1", "to": "out", "port": 0}]})";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray clipboard(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (!nw::GraphClipboard::isValid(clipboard))
        return 0; // the editor does not offer Paste for it
    nw::NetworkGraphModel model;
    QString error;
    if (!model.fromJson(QJsonDocument::fromJson(kStartingGraph).object(), &error))
        __builtin_trap(); // the harness's own graph must load
    QUndoStack stack;
    stack.push(new nw::PasteCommand(&model, clipboard, QPointF(40, 40)));
    const nw::CompileResult compiled = nw::GraphCompiler().compile(model);
    (void)compiled;
    stack.undo();
    stack.redo();
    return 0;
}
