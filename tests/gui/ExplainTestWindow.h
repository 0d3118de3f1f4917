#pragma once
// A main window for the Explain dock's tests: an example opened and trained the
// way a user does it (Start, and Stop for the long ones), the Explain dock on show,
// and waits for what its controller delivers.
#include "explain/ExplainOptions.h"
#include "explain/Explanation.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"

#include <QTemporaryDir>

#include <functional>

namespace nw {
class AttributionPage;
class ExplainController;
class ExplainDock;
class ExplanationView;
class DatasetDock;
}

namespace nw::test {

// Only bounds a hang: an explanation takes well under a second in a normal build,
// but the Fashion CNN's projection runs minutes under ThreadSanitizer.
inline constexpr int kExplainTimeoutMs = 300000;

struct ExplainTestWindow {
    FirstStartLayout layout;
    QTemporaryDir autosave;
    MainWindow window;

    ExplainTestWindow();
    ~ExplainTestWindow();

    ExplainController* controller() const;
    ExplainDock* dock() const;
    AttributionPage* attribution() const;
    DatasetDock* datasetDock() const;

    // Opens an example with this many epochs.
    bool open(const QString& example, int epochs);
    // Start, then the end of the run (all epochs).
    bool trainToTheEnd();
    // Start, `milliseconds` of training, Stop: the run's weights become the document's.
    bool trainFor(int milliseconds);
    void showExplain();
    // Clicks thumbnail (image data) or table row `index` of the dataset preview.
    bool clickDatasetSample(int index);
    // Waits until `count()` exceeds `after` and the controller is idle.
    bool waitFor(const std::function<int()>& count, int after);
    bool waitForAttribution(int after);
    // Ticks exactly these methods in the dock's list, as a user does.
    void tickMethods(const std::vector<ExplainMethod>& methods);
    ExplanationView* view(ExplainMethod method) const;
};

// The same explanation, worked out independently of the window: the document's
// project prepared afresh, its weights applied, core/explain called directly.
Explanation explainIndependently(MainWindow& window, const Tensor& sample, const ExplainOptions& options);

} // namespace nw::test
