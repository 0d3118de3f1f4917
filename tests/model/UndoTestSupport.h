#pragma once
// Helpers for the undo-command tests: the model as comparable JSON text, and a
// small CNN to edit.
#include "model/NetworkGraphModel.h"
#include "ModelTestSupport.h"

#include <gtest/gtest.h>
#include <QJsonDocument>
#include <QUndoStack>

namespace nw::test {

inline QJsonObject parseJson(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

inline std::string jsonText(const NetworkGraphModel& model)
{
    return QJsonDocument(model.toJson()).toJson(QJsonDocument::Compact).toStdString();
}

// input1 -> conv1 -> bn1 -> relu1 -> flatten1 -> dense1 (the output), with
// positions, a frozen node with penalties, and an explicit output node.
inline QStringList buildSmallCnn(NetworkGraphModel& model)
{
    const QStringList ids = addChain(model,
        { { QStringLiteral("Input"), {} },
            { QStringLiteral("Conv2D"),
                params({ { QStringLiteral("filters"), 8 }, { QStringLiteral("padding"), 1 } }) },
            { QStringLiteral("BatchNorm"), {} }, { QStringLiteral("ReLU"), {} }, { QStringLiteral("Flatten"), {} },
            { QStringLiteral("Dense"), params({ { QStringLiteral("units"), 10 } }) } });
    for (int i = 0; i < ids.size(); ++i)
        model.setNodePosition(ids[i], QPointF(100.0 * i, 20.0 * (i % 2)));
    model.setNodeTrainable(ids[1], false);
    model.setNodePenalties(ids[5], 0.001, 0.01);
    model.setOutputNode(ids.last());
    return ids;
}

// Pushes `command`, then checks undo gives back the JSON from before, redo the
// JSON from after, and so on twice.
inline void expectUndoRedoExact(NetworkGraphModel& model, QUndoCommand* command)
{
    QUndoStack stack;
    const std::string before = jsonText(model);
    stack.push(command);
    ASSERT_EQ(stack.count(), 1) << "the command changed nothing and was dropped";
    const std::string after = jsonText(model);
    EXPECT_NE(before, after);
    for (int round = 0; round < 2; ++round) {
        stack.undo();
        EXPECT_EQ(jsonText(model), before) << "undo, round " << round;
        stack.redo();
        EXPECT_EQ(jsonText(model), after) << "redo, round " << round;
    }
}

} // namespace nw::test
