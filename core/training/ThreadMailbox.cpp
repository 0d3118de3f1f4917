#include "ThreadMailbox.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <utility>

namespace nw {

ThreadMailbox::ThreadMailbox(QObject* parent)
    : QObject(parent)
{
}

ThreadMailbox::~ThreadMailbox()
{
    // Under the lock: the thread that drained last (joined by now, but through
    // Qt's wait, which ThreadSanitizer cannot see) released it after its last touch.
    const std::lock_guard lock(m_mutex);
    m_tasks.clear();
}

void ThreadMailbox::post(std::function<void()> task)
{
    bool wasEmpty = false;
    {
        const std::lock_guard lock(m_mutex);
        wasEmpty = m_tasks.empty();
        m_tasks.push_back(std::move(task));
    }
    // One drain call per batch of tasks: a drain already on its way takes this one too.
    if (wasEmpty)
        QMetaObject::invokeMethod(this, "drain", Qt::QueuedConnection);
}

bool ThreadMailbox::waitForPostedTasks(std::chrono::milliseconds timeout)
{
    struct Barrier {
        std::mutex mutex;
        std::condition_variable reached;
        bool done = false;
    };
    auto barrier = std::make_shared<Barrier>();
    post([barrier] {
        const std::lock_guard lock(barrier->mutex);
        barrier->done = true;
        barrier->reached.notify_all();
    });
    std::unique_lock lock(barrier->mutex);
    return barrier->reached.wait_for(lock, timeout, [&] { return barrier->done; });
}

void ThreadMailbox::drain()
{
    // One task at a time, the lock released while it runs: a task may post more.
    for (;;) {
        std::function<void()> task;
        {
            const std::lock_guard lock(m_mutex);
            if (m_tasks.empty())
                return;
            task = std::move(m_tasks.front());
            m_tasks.pop_front();
        }
        task();
    }
}

} // namespace nw
