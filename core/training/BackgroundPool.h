#pragma once
// The thread pool for the window's long background jobs: loading a dataset,
// preparing a project, evaluating a split. Never QThreadPool::globalInstance():
// Qt's raster paint engine lends work to the global pool while it paints (image
// scaling and conversion, e.g. a group box's frame) and waits for it, so a global
// pool whose threads are all busy loading Fashion-MNIST freezes painting for the
// whole load (measured: 0.5 to 2.8 s on 2 cores). Use QtConcurrent::run(backgroundPool(), ...).
#include <QThreadPool>

namespace nw {

// One per process, created on first use; as many threads as cores. The
// application's end (~QCoreApplication) waits for the jobs still running, as it
// does for the global pool.
QThreadPool* backgroundPool();

} // namespace nw
