#include "BackgroundPool.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace nw {

namespace {
QThreadPool* g_pool = nullptr;

// Runs in ~QCoreApplication, as Qt does for its global pool: a job still loading
// data when the application ends finishes before the objects it reports to go.
void finishBackgroundJobs()
{
    if (g_pool)
        g_pool->waitForDone();
}
} // namespace

QThreadPool* backgroundPool()
{
    static QThreadPool* pool = [] {
        // Never deleted: its threads are joined by finishBackgroundJobs(), and a
        // static destructor would run after QCoreApplication is gone.
        auto* p = new QThreadPool;
        p->setObjectName(QStringLiteral("netwright-background"));
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        g_pool = p;
        qAddPostRoutine(finishBackgroundJobs);
        return p;
    }();
    return pool;
}

} // namespace nw
