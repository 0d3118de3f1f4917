#include "NeuronFieldsHover.h"

#include "NeuronFieldsPopup.h"

#include "graph/GraphScene.h"
#include "graph/NodeItem.h"
#include "model/NetworkDocument.h"
#include "training/TrainingSession.h"

#include <QCursor>
#include <QGraphicsView>

namespace nw {

NeuronFieldsHover::NeuronFieldsHover(GraphScene* scene, TrainingSession* session, QWidget* window)
    : QObject(window)
    , m_scene(scene)
    , m_session(session)
    , m_popup(new NeuronFieldsPopup(window))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &NeuronFieldsHover::request);
    connect(m_scene, &GraphScene::nodeHovered, this, &NeuronFieldsHover::onHovered);
    connect(m_session, &TrainingSession::neuronFieldsReady, this, &NeuronFieldsHover::onFields);
}

NeuronFieldsHover::~NeuronFieldsHover() = default;

void NeuronFieldsHover::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled) {
        m_timer.stop();
        if (m_popup)
            m_popup->hide();
    }
}

void NeuronFieldsHover::onHovered(const QString& id)
{
    m_node = id;
    m_timer.stop();
    if (m_popup)
        m_popup->hide();
    if (m_enabled && !id.isEmpty())
        m_timer.start(kHoverDelayMs);
}

void NeuronFieldsHover::request()
{
    if (!m_enabled || m_node.isEmpty())
        return;
    // Only nodes with one value per unit (Dense, activations): not images or sequences.
    const auto status = m_scene->document()->compileResult().nodes.constFind(m_node);
    if (status == m_scene->document()->compileResult().nodes.constEnd() || !status->shapeKnown || status->outputShape.size() != 1)
        return;
    m_session->requestNeuronFields(m_node);
}

QRect NeuronFieldsHover::anchor() const
{
    return m_scene->nodeCardOnScreen(m_node);
}

void NeuronFieldsHover::onFields(const QString& nodeId, const QVector<DecisionField>& fields)
{
    if (!m_enabled || nodeId != m_node || !m_popup)
        return; // the pointer has moved on
    const auto status = m_scene->document()->compileResult().nodes.constFind(nodeId);
    const int units = status != m_scene->document()->compileResult().nodes.constEnd() && status->outputShape.size() == 1
        ? status->outputShape[0]
        : int(fields.size());
    const QString title = tr("%1: what each unit outputs over the plane").arg(nodeId);
    if (fields.isEmpty())
        m_popup->setMessage(title, tr("Train the network to see what each unit of this layer responds to."));
    else
        m_popup->setFields(title, fields, units);
    if (!m_popup->isVisible())
        m_popup->showNear(anchor());
    else
        m_popup->resize(m_popup->sizeHint());
    if (m_session->isRunning())
        m_timer.start(kRefreshMs); // live while training
}

} // namespace nw
