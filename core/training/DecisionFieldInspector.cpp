#include "DecisionFieldInspector.h"

#include "PreparedProject.h"
#include "ProjectTraining.h"

#include <QMutexLocker>

namespace nw {

void DecisionFieldInspector::setSettings(Settings settings)
{
    settings.enabled = settings.enabled && settings.domain.isValid() && settings.columns > 0 && settings.rows > 0;
    QMutexLocker lock(&m_mutex);
    m_settings = settings;
}

DecisionFieldInspector::Settings DecisionFieldInspector::settings() const
{
    QMutexLocker lock(&m_mutex);
    return m_settings;
}

void DecisionFieldInspector::attach(std::shared_ptr<PreparedProject> project, std::shared_ptr<ProjectTraining> training)
{
    m_planar = project && training && isPlaneClassifier(project->graph()) && project->hasData()
        && project->data().task() == TaskKind::Classification;
    m_project = std::move(project);
    m_training = std::move(training);
}

void DecisionFieldInspector::detach()
{
    m_project.reset();
    m_training.reset();
    m_planar = false;
}

bool DecisionFieldInspector::wantsField() const
{
    return m_planar && settings().enabled;
}

std::optional<DecisionField> DecisionFieldInspector::field() const
{
    const Settings s = settings();
    if (!s.enabled || !m_planar)
        return std::nullopt;
    try {
        return computeDecisionField(m_project->graph(), m_training->pool(), s.domain, s.columns, s.rows);
    } catch (const std::exception& e) {
        qWarning("DecisionFieldInspector: no decision field: %s", e.what());
        return std::nullopt;
    }
}

QVector<DecisionField> DecisionFieldInspector::neuronFields(const QString& nodeId, int columns, int rows) const
{
    QRectF domain = settings().domain;
    if (!domain.isValid())
        domain = QRectF(-1.0, -1.0, 2.0, 2.0);
    if (!m_planar)
        return {};
    try {
        return computeNodeFields(
            m_project->graph(), m_training->pool(), nodeId.toStdString(), domain, columns, rows);
    } catch (const std::exception&) {
        return {}; // not a node with a flat output: an empty answer
    }
}

} // namespace nw
