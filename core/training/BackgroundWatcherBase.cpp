#include "BackgroundWatcherBase.h"

#include "BackgroundTaskState.h"

namespace nw {

BackgroundWatcherBase::BackgroundWatcherBase(QObject* parent)
    : QObject(parent)
{
}

BackgroundWatcherBase::~BackgroundWatcherBase()
{
    // Once this returns, the job's thread can no longer post to this object.
    if (m_state)
        m_state->setOnFinished({});
}

void BackgroundWatcherBase::waitForFinished() const
{
    if (m_state)
        m_state->waitForFinished();
}

void BackgroundWatcherBase::watch(BackgroundTaskState* state)
{
    if (m_state)
        m_state->setOnFinished({});
    m_state = state;
    m_delivered = false;
    if (m_state)
        m_state->setOnFinished([this] { QMetaObject::invokeMethod(this, "deliver", Qt::QueuedConnection); });
}

void BackgroundWatcherBase::deliver()
{
    // A call posted for a task since replaced finds the current one unfinished, or
    // finished and then reports it a little early: its own call finds it delivered.
    if (!m_state || m_delivered || !m_state->isFinished())
        return;
    m_delivered = true;
    Q_EMIT finished();
}

} // namespace nw
