#pragma once
// Base of the undo commands whose change is a sequence of node and edge
// insertions and removals (add, remove, connect, paste, blocks, layout). The
// first redo() works out the change against the live model (fresh ids, what to
// remove) and records it in a GraphEdit; undo() and every later redo() replay
// that record, so ids chosen once stay the same across undo/redo. A first redo
// that changes nothing marks the command obsolete and QUndoStack drops it.
//
// Owned by the QUndoStack it is pushed on; the model must outlive the stack's
// commands (NetworkDocument owns both).
#include "GraphEdit.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace nw {

class NetworkGraphModel;

class GraphEditCommand : public QUndoCommand {
public:
    void redo() final;
    void undo() final;

protected:
    explicit GraphEditCommand(NetworkGraphModel* model, QUndoCommand* parent = nullptr);

    NetworkGraphModel* model() const { return m_edit.model(); }
    // Applies the change through `edit`, which records it.
    virtual void perform(GraphEdit& edit) = 0;

private:
    GraphEdit m_edit;
    bool m_performed = false;
};

} // namespace nw
