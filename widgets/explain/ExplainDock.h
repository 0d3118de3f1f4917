#pragma once
// The Explain dock's contents: four pages in tabs, "Attribution" (maps of up to
// four methods for one sample), "Feature maps" (a layer's output for that sample),
// "Projection" (a hidden layer over the test split) and "Draw" (an input of your
// own). Views only; ExplainController (app/gui) computes what they show.
#include <QTabWidget>

namespace nw {

class AttributionPage;
class DrawPage;
class FeatureMapsPage;
class ProjectionPage;

class ExplainDock : public QTabWidget {
    Q_OBJECT
public:
    enum Page { AttributionTab, FeatureMapsTab, ProjectionTab, DrawTab };

    explicit ExplainDock(QWidget* parent = nullptr);

    Page page() const { return static_cast<Page>(currentIndex()); }
    void showPage(Page page) { setCurrentIndex(page); }

    AttributionPage* attribution() const { return m_attribution; }
    FeatureMapsPage* featureMaps() const { return m_featureMaps; }
    ProjectionPage* projection() const { return m_projection; }
    DrawPage* draw() const { return m_draw; }

private:
    AttributionPage* m_attribution;
    FeatureMapsPage* m_featureMaps;
    ProjectionPage* m_projection;
    DrawPage* m_draw;
};

} // namespace nw
