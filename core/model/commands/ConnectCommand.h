#pragma once
// Undo command: adds one edge, as strictly as an interactive edit must be
// (NetworkGraphModel::canConnect()); a refused edge adds nothing and the stack
// drops the command, so the editor may push first and ask canConnect() only
// for the message it shows.
#include "GraphEditCommand.h"
#include "model/EdgeData.h"

namespace nw {

class ConnectCommand : public GraphEditCommand {
    Q_DECLARE_TR_FUNCTIONS(ConnectCommand)

public:
    ConnectCommand(NetworkGraphModel* model, EdgeData edge, QUndoCommand* parent = nullptr);

protected:
    void perform(GraphEdit& edit) override;

private:
    EdgeData m_edge;
};

} // namespace nw
