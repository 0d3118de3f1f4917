#pragma once
// Stop, pause, resume and single-step requests from another thread (the GUI or a
// signal handler) to a running Trainer. The trainer asks for permission between
// batches; requests never interrupt a batch, so weights are always consistent.
#include <atomic>
#include <condition_variable>
#include <mutex>

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

private:
    std::atomic<bool> m_stop{false};
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_paused = false;  // guarded by m_mutex
    int m_stepsGranted = 0; // guarded by m_mutex
};

} // namespace nw
