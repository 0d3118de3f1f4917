#include "WidgetTestSupport.h"

#include "graph/GraphScene.h"
#include "graph/NodeItem.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <QApplication>

using namespace nw;

TEST(ErrorState, MissingFlattenShowsOnTheDenseCard)
{
    NetworkDocument document;
    NetworkGraphModel& model = *document.model();
    test::buildMissingFlatten(model);
    GraphScene scene(&document);
    document.compileNow();

    NodeItem* fc = scene.nodeItem(QStringLiteral("fc"));
    ASSERT_NE(fc, nullptr);
    EXPECT_TRUE(fc->hasError());
    EXPECT_TRUE(fc->toolTip().contains(QStringLiteral("Flatten"))) << fc->toolTip().toStdString();
    EXPECT_FALSE(scene.nodeItem(QStringLiteral("conv"))->hasError());
    EXPECT_FALSE(scene.nodeItem(QStringLiteral("input"))->hasError());
}

TEST(ErrorState, InsertingFlattenClearsTheError)
{
    NetworkDocument document;
    NetworkGraphModel& model = *document.model();
    test::buildMissingFlatten(model);
    GraphScene scene(&document);
    document.compileNow();
    model.removeEdge({ QStringLiteral("conv"), QStringLiteral("fc"), 0 });
    model.addNode(QStringLiteral("Flatten"), { 360, 120 }, {}, QStringLiteral("flat"));
    model.addEdge({ QStringLiteral("conv"), QStringLiteral("flat"), 0 });
    model.addEdge({ QStringLiteral("flat"), QStringLiteral("fc"), 0 });
    QApplication::processEvents();
    EXPECT_FALSE(scene.nodeItem(QStringLiteral("fc"))->hasError());
    EXPECT_TRUE(scene.nodeItem(QStringLiteral("fc"))->toolTip().isEmpty());
    EXPECT_TRUE(document.compileResult().ok());
}
