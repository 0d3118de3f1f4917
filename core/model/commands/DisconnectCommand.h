#pragma once
// Undo command: removes one edge; undo puts it back at its old place in the
// model's edge order. An edge that is not there changes nothing and the stack
// drops the command.
#include "GraphEditCommand.h"
#include "model/EdgeData.h"

namespace nw {

class DisconnectCommand : public GraphEditCommand {
    Q_DECLARE_TR_FUNCTIONS(DisconnectCommand)

public:
    DisconnectCommand(NetworkGraphModel* model, EdgeData edge, QUndoCommand* parent = nullptr);

protected:
    void perform(GraphEdit& edit) override;

private:
    EdgeData m_edge;
};

} // namespace nw
