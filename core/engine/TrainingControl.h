#pragma once
// Stop, pause, resume and single-step requests from another thread (the GUI or a
// signal handler) to a running Trainer. The trainer asks for permission between
// batches; requests never interrupt a batch, so weights are always consistent.
#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <vector>

namespace nw {

class TrainingControl {
public:
    void requestStop();
    void requestPause();
    void resume();
    // While paused: let exactly `batches` more batches run, then pause again.
    void requestStep(int batches = 1);

    bool stopRequested() const { return m_stop.load(); }
    bool isPaused() const;

    // Called by the trainer before each batch. Blocks while paused; returns false
    // when training should stop.
    bool waitForPermission();

    // Work for the training thread between batches (inspecting the model: the
    // decision boundary, a layer's activations), posted from any thread. The
    // trainer's thread runs it in waitForPermission(), before the next batch or
    // while paused, so it may use the graph's buffers; what is still pending when
    // the run ends goes with runPosted() or is dropped with the control.
    void post(std::function<void()> task);
    // Runs the tasks posted so far, on the calling (training) thread.
    void runPosted();

private:
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_paused = false;  // guarded by m_mutex
    int m_stepsGranted = 0; // guarded by m_mutex
    std::vector<std::function<void()>> m_tasks; // guarded by m_mutex
};

} // namespace nw
