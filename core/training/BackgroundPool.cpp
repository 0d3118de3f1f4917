#include "BackgroundPool.h"

#include <QThread>

#include <algorithm>

namespace nw {

QThreadPool* backgroundPool()
{
    static QThreadPool* pool = [] {
        // Leaked on purpose: a job may still run while static destructors do, and
        // QThreadPool's destructor would wait for it after QCoreApplication is gone.
        auto* p = new QThreadPool;
        p->setObjectName(QStringLiteral("netwright-background"));
        p->setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

} // namespace nw
