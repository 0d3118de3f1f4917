#include "WidgetTestSupport.h"

#include "graph/GraphEditorWidget.h"
#include "graph/GraphScene.h"
#include "graph/ProblemsPanel.h"
#include "model/NetworkDocument.h"

#include <gtest/gtest.h>

#include <QApplication>

using namespace nw;

TEST(ProblemsPanel, ListsMessagesAndClickSelectsTheNode)
{
    NetworkDocument document;
    NetworkGraphModel& model = *document.model();
    test::buildMissingFlatten(model);
    GraphEditorWidget editor(&document);
    ProblemsPanel panel;
    panel.setGraphScene(editor.scene());
    document.compileNow();

    ASSERT_GE(panel.problemCount(), 1);
    QListWidgetItem* row = nullptr;
    for (int i = 0; i < panel.count(); ++i)
        if (panel.item(i)->data(ProblemsPanel::NodeIdRole).toString() == QStringLiteral("fc"))
            row = panel.item(i);
    ASSERT_NE(row, nullptr);
    Q_EMIT panel.itemClicked(row);
    EXPECT_EQ(editor.scene()->selectedNodeIds(), QStringList { QStringLiteral("fc") });

    model.removeNode(QStringLiteral("fc"));
    document.compileNow();
    EXPECT_EQ(panel.problemCount(), 0);
    EXPECT_EQ(panel.count(), 1); // the "no problems" row
}
