#pragma once
// Work handed to the thread an object lives on, in order: post() from any thread,
// the tasks run on the mailbox's thread from its event loop.
//
// Why not QMetaObject::invokeMethod(obj, lambda, Qt::QueuedConnection): the
// lambda's slot object is made on the posting thread and read and freed on the
// other, ordered only by the event queue's lock inside Qt Core. A ThreadSanitizer
// build cannot see that lock (Debian's Qt is not built with -fsanitize=thread) and
// reports every handoff as a race, burying real ones. Here the tasks pass through
// a std::mutex, which it sees, and Qt only carries a bare "drain" call.
#include <QObject>

#include <chrono>
#include <deque>
#include <functional>
#include <mutex>

namespace nw {

class ThreadMailbox : public QObject {
    Q_OBJECT
public:
    explicit ThreadMailbox(QObject* parent = nullptr);
    ~ThreadMailbox() override;

    // Runs `task` on this object's thread after the tasks posted before it. Tasks
    // still waiting when the mailbox is destroyed are dropped, as Qt drops the
    // events of a deleted object.
    void post(std::function<void()> task);
    // Blocks the calling thread (never the mailbox's own) until every task posted
    // before this call has run, or `timeout` has passed: false then, and calling
    // again keeps waiting. Ordered through a std::condition_variable, so all the
    // tasks did is visible afterwards in a way ThreadSanitizer sees (QThread::wait()
    // joins inside Qt Core, where it cannot).
    bool waitForPostedTasks(std::chrono::milliseconds timeout);

private Q_SLOTS:
    void drain();

private:
    std::mutex m_mutex;
    std::deque<std::function<void()>> m_tasks; // guarded by m_mutex
};

} // namespace nw
