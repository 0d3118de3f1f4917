#include "ExplainDock.h"

#include "AttributionPage.h"
#include "DrawPage.h"
#include "FeatureMapsPage.h"
#include "ProjectionPage.h"

#include <QScrollArea>

namespace nw {

namespace {
// A narrow dock still reaches every control.
QScrollArea* scrolled(QWidget* page, QWidget* parent)
{
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumSize(240, 200); // the dock shares the right side with the inspector
    return scroll;
}
} // namespace

ExplainDock::ExplainDock(QWidget* parent)
    : QTabWidget(parent)
    , m_attribution(new AttributionPage)
    , m_featureMaps(new FeatureMapsPage)
    , m_projection(new ProjectionPage)
    , m_draw(new DrawPage)
{
    setObjectName(QStringLiteral("explainDockContents"));
    setDocumentMode(true);
    addTab(scrolled(m_attribution, this), tr("Attribution"));
    addTab(scrolled(m_featureMaps, this), tr("Feature maps"));
    addTab(scrolled(m_projection, this), tr("Projection"));
    addTab(scrolled(m_draw, this), tr("Draw"));
}

} // namespace nw
