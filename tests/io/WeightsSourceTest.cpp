// WeightsSource: the tensors to import come back exactly as saved, from a project's
// weights file (beside it, as ProjectPairFile writes it) or from a .safetensors file;
// a checkpoint's optimizer state stays behind; every refusal names the file.
#include "io/WeightsSource.h"

#include "TestFiles.h"
#include "io/ProjectFile.h"
#include "io/ProjectPairFile.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QTemporaryDir>

using namespace nw;

namespace {

SafetensorsContents checkpoint()
{
    SafetensorsContents c;
    c.tensors.emplace("conv1.weight", Tensor({ 2, 1, 3, 3 }, std::vector<float>(18, 0.25f)));
    c.tensors.emplace("conv1.bias", Tensor({ 2 }, std::vector<float>{ -1.5f, 3.0f }));
    c.tensors.emplace("optimizer.conv1.weight.m", Tensor({ 2, 1, 3, 3 }, 7.0f));
    return c;
}

std::string errorOf(const QString& path)
{
    QString error;
    EXPECT_FALSE(WeightsSource::read(path, &error));
    return error.toStdString();
}

} // namespace

TEST(WeightsSource, ReadsAProjectsWeightsAndASafetensorsFileAlike)
{
    QTemporaryDir dir;
    const QString projectPath = dir.filePath(QStringLiteral("pre.nwproj"));
    Project project;
    project.name = QStringLiteral("pre");
    QString error;
    ASSERT_TRUE(ProjectPairFile::write(projectPath, project, checkpoint(), &error)) << qPrintable(error);
    for (const QString& path : { projectPath, dir.filePath(QStringLiteral("pre.safetensors")) }) {
        const auto read = WeightsSource::read(path, &error);
        ASSERT_TRUE(read) << qPrintable(error);
        EXPECT_EQ(read->tensors.size(), 2u) << "the optimizer state is not imported";
        EXPECT_TRUE(nwtest::bitIdentical(read->tensors.at("conv1.weight"), checkpoint().tensors.at("conv1.weight")));
        EXPECT_TRUE(nwtest::bitIdentical(read->tensors.at("conv1.bias"), checkpoint().tensors.at("conv1.bias")));
    }
}

TEST(WeightsSource, RefusalsNameTheFileAndTheProblem)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("nothing.safetensors"));
    EXPECT_EQ(errorOf(missing), missing.toStdString() + ": no such file");

    const QString corrupt = dir.filePath(QStringLiteral("corrupt.safetensors"));
    nwtest::writeBytes(corrupt, QByteArray("\xff\xff\xff\xff\x00\x00\x00\x00{}", 10));
    EXPECT_NE(errorOf(corrupt).find(corrupt.toStdString()), std::string::npos) << errorOf(corrupt);

    const QString untrained = dir.filePath(QStringLiteral("untrained.nwproj"));
    QString error;
    ASSERT_TRUE(ProjectFile::write(untrained, Project(), &error)) << qPrintable(error);
    EXPECT_EQ(errorOf(untrained), untrained.toStdString() + ": the project has no weights to import (train it first)");

    const QString lost = dir.filePath(QStringLiteral("lost.nwproj"));
    ASSERT_TRUE(ProjectPairFile::write(lost, Project(), checkpoint(), &error)) << qPrintable(error);
    ASSERT_TRUE(QFile::remove(dir.filePath(QStringLiteral("lost.safetensors"))));
    EXPECT_NE(errorOf(lost).find(lost.toStdString() + ": its weights file "), std::string::npos) << errorOf(lost);

    const QString notJson = dir.filePath(QStringLiteral("broken.nwproj"));
    nwtest::writeBytes(notJson, "{ not json");
    EXPECT_NE(errorOf(notJson).find(notJson.toStdString()), std::string::npos) << errorOf(notJson);
}
