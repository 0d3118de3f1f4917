#include "ActivationHover.h"

#include "engine/Tensor.h"
#include "explain/ActivationPopup.h"
#include "ExplainController.h"
#include "graph/GraphScene.h"
#include "graph/NodeItem.h"

#include <QCursor>
#include <QGraphicsView>
#include <QPointer>

namespace nw {

ActivationHover::ActivationHover(
    GraphScene* scene, ExplainController* controller, QWidget* window, std::function<bool()> quiet)
    : QObject(window)
    , m_scene(scene)
    , m_controller(controller)
    , m_popup(new ActivationPopup(window))
    , m_quiet(std::move(quiet))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ActivationHover::request);
    connect(m_scene, &GraphScene::nodeHovered, this, &ActivationHover::onHovered);
    connect(m_controller, &ExplainController::weightsUpdated, this, [this] {
        if (m_popup->isVisible() && !m_node.isEmpty())
            request(); // live while training
    });
}

void ActivationHover::onHovered(const QString& id)
{
    m_node = id;
    m_timer.stop();
    m_popup->hide();
    if (!id.isEmpty() && !(m_quiet && m_quiet()) && m_controller->hasSample())
        m_timer.start(kHoverDelayMs);
}

void ActivationHover::request()
{
    if (m_node.isEmpty())
        return;
    const QString node = m_node;
    QPointer<ActivationHover> self(this);
    m_controller->requestActivations(node, [self, node](const Tensor& output, const QString& error) {
        if (!self || self->m_node != node)
            return; // the pointer has moved on
        ++self->m_answers;
        const QString title = tr("%1 for %2").arg(node, self->m_controller->subject().title);
        if (!error.isEmpty())
            self->m_popup->setMessage(title, error);
        else
            self->m_popup->setActivations(title, output,
                output.rank() == 3
                    ? tr("One tile per channel, on one colour scale; the Feature maps tab shows them large.")
                    : tr("One cell per unit."));
        self->m_popup->showNear(self->anchor());
    });
}

QRect ActivationHover::anchor() const
{
    return m_scene->nodeCardOnScreen(m_node);
}

} // namespace nw
