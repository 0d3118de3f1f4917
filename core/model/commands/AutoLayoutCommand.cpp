#include "AutoLayoutCommand.h"

#include "model/GraphLayout.h"
#include "model/NetworkGraphModel.h"

namespace nw {

AutoLayoutCommand::AutoLayoutCommand(NetworkGraphModel* model, QUndoCommand* parent)
    : GraphEditCommand(model, parent)
{
    setText(tr("Arrange network"));
}

void AutoLayoutCommand::perform(GraphEdit& edit)
{
    const QHash<QString, QPointF> positions = GraphLayout::layeredPositions(*model());
    for (const QString& id : model()->nodeIds())
        edit.setPosition(id, positions.value(id));
}

} // namespace nw
