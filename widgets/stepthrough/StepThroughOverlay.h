#pragma once
// What the Step Through mode draws on the graph editor: a coloured frame around
// the current node's card, the stage's values under it (its output going forward,
// the gradient at it going back, the step its weights take in the update), and on
// each edge into it the values that flow along that edge (forward: the producer's
// output; backward: the gradient sent back to the producer). Colours tell the
// direction: orange forward, purple the loss, red backward, green the update.
//
// The items belong to the scene; the overlay only makes and removes them (marked
// with a data key, so a scene rebuilt meanwhile is never a problem), and never
// touches the model.
#include "StepStages.h"

#include "graph/GraphScene.h"

#include <QObject>
#include <QPointer>
#include <QVector>

class QGraphicsItem;

namespace nw {

struct StepThroughTrace;

class StepThroughOverlay : public QObject {
    Q_OBJECT
public:
    explicit StepThroughOverlay(GraphScene* scene, QObject* parent = nullptr);
    ~StepThroughOverlay() override;

    // `unit` is the highlighted output (-1: the stage's default).
    void show(const StepThroughTrace& trace, const StepStage& stage, int unit);
    void clear();

    // The frame and labels on show, as the scene holds them.
    QVector<QGraphicsItem*> items() const;

private:
    void add(QGraphicsItem* item);
    // Scrolls the scene's views so every item on show is in sight.
    void reveal();

    QPointer<GraphScene> m_scene; // the window may delete the scene first
};

} // namespace nw
