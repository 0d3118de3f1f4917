#pragma once
// The QObject half of BackgroundWatcher<T> (a template cannot carry signals): tells
// its own thread, through `finished`, when the watched task is done.
//
// The job's thread only posts a bare queued call to deliver(); the result itself
// is read on this thread, ordered by the task state's std::mutex, so a
// ThreadSanitizer build sees the whole hand-off.
#include <QObject>

namespace nw {

class BackgroundTaskState;

class BackgroundWatcherBase : public QObject {
    Q_OBJECT
public:
    explicit BackgroundWatcherBase(QObject* parent = nullptr);
    // Detaches from the task (which runs on); never waits for it.
    ~BackgroundWatcherBase() override;

    // From the task's start until `finished` has been emitted for it. Inside a
    // slot connected to `finished`, false: the slot may start the next task.
    bool isRunning() const { return m_state != nullptr && !m_delivered; }
    // A task was set (it may have finished).
    bool hasTask() const { return m_state != nullptr; }
    // Blocks until the task's job has returned; `finished` still comes later, from
    // the event loop, as for every task.
    void waitForFinished() const;

Q_SIGNALS:
    // Once per task set, on this object's thread. A task replaced before it
    // finished never reports.
    void finished();

protected:
    // Watches `state` instead of the task watched so far (null: none).
    void watch(BackgroundTaskState* state);

private Q_SLOTS:
    void deliver();

private:
    BackgroundTaskState* m_state = nullptr; // owned by the derived class's task
    bool m_delivered = false;
};

} // namespace nw
