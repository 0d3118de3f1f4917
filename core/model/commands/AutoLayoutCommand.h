#pragma once
// Undo command: arranges the whole network with GraphLayout as one undo step.
// The positions are computed on the first redo, so a redo after undo puts every
// node exactly where the first one did. A layout that moves nothing is dropped.
#include "GraphEditCommand.h"

namespace nw {

class AutoLayoutCommand : public GraphEditCommand {
    Q_DECLARE_TR_FUNCTIONS(AutoLayoutCommand)

public:
    explicit AutoLayoutCommand(NetworkGraphModel* model, QUndoCommand* parent = nullptr);

protected:
    void perform(GraphEdit& edit) override;
};

} // namespace nw
