#pragma once
// Undo command: moves nodes from one set of positions to another (a drag, or
// nudging with the arrow keys). The scene moves its items live during a drag
// and reports the positions; its owner pushes this command, whose first redo()
// then finds the model already in place or moves it there.
//
// Consecutive moves of the same set of nodes merge into one undo step (a drag
// reported in pieces, repeated arrow-key nudges), keeping the first `from`;
// moves of a different selection stay separate. A merge that lands where it
// started makes the command obsolete and the stack drops it.
#include <QCoreApplication>
#include <QHash>
#include <QPointF>
#include <QUndoCommand>

namespace nw {

class NetworkGraphModel;

class MoveNodesCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(MoveNodesCommand)

public:
    MoveNodesCommand(NetworkGraphModel* model, QHash<QString, QPointF> from, QHash<QString, QPointF> to,
        QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const QHash<QString, QPointF>& positions);

    NetworkGraphModel* m_model;
    QHash<QString, QPointF> m_from;
    QHash<QString, QPointF> m_to;
};

} // namespace nw
