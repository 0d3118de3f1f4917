#pragma once
// Undo command: pastes clipboard contents (GraphClipboard) into the model. The
// nodes get fresh unique ids on the first redo, chosen the way new nodes are
// named ("dense3"), and keep them across undo/redo; they land at their copied
// positions moved by `offset` and keep their parameters, flags and the edges
// between them. Contents that are not a fragment paste nothing and the stack
// drops the command.
#include "GraphEditCommand.h"

#include <QByteArray>
#include <QPointF>
#include <QStringList>

namespace nw {

class PasteCommand : public GraphEditCommand {
    Q_DECLARE_TR_FUNCTIONS(PasteCommand)

public:
    PasteCommand(NetworkGraphModel* model, QByteArray clipboardJson, QPointF offset, QUndoCommand* parent = nullptr);

    // The new ids in the order of the clipboard's nodes (the editor selects them);
    // empty before the first redo().
    QStringList pastedIds() const { return m_pastedIds; }

protected:
    void perform(GraphEdit& edit) override;

private:
    QByteArray m_json;
    QPointF m_offset;
    QStringList m_pastedIds;
};

} // namespace nw
