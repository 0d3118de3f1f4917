#include "PasteCommand.h"

#include "model/GraphFragment.h"

namespace nw {

PasteCommand::PasteCommand(NetworkGraphModel* model, QByteArray clipboardJson, QPointF offset, QUndoCommand* parent)
    : GraphEditCommand(model, parent)
    , m_json(std::move(clipboardJson))
    , m_offset(offset)
{
    setText(tr("Paste"));
}

void PasteCommand::perform(GraphEdit& edit)
{
    GraphFragment fragment;
    if (!GraphFragment::fromJson(m_json, &fragment))
        return;
    const QHash<QString, QString> ids = fragment.pasteInto(edit, m_offset);
    for (const NodeData& node : std::as_const(fragment.nodes))
        if (ids.contains(node.id))
            m_pastedIds << ids.value(node.id);
    m_json.clear(); // replays come from the recorded edit
}

} // namespace nw
