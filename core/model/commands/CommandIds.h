#pragma once
// QUndoCommand::id() values of the commands that merge, one per kind, so that
// QUndoStack only offers a command the previous one of its own kind.
namespace nw {

enum class CommandId : int {
    MoveNodes = 1,
    SetParameter = 2,
    SetNodeFlags = 3,
};

} // namespace nw
