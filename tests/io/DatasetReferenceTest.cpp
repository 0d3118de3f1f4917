#include "io/DatasetReference.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>

using namespace nw;

TEST(DatasetReference, DefaultsAndRoundTrip)
{
    QString error;
    const auto d = DatasetReference::fromJson({}, &error);
    ASSERT_TRUE(d) << qPrintable(error);
    EXPECT_TRUE(d->spec.isEmpty());
    EXPECT_EQ(d->validationFraction, 0.2);
    EXPECT_EQ(d->testFraction, 0.2);
    EXPECT_EQ(d->splitSeed, 1u);
    EXPECT_TRUE(d->stratified);

    DatasetReference r;
    r.spec = QStringLiteral("toy:spiral?samples=600&noise=0.1&seed=1");
    r.validationFraction = 0.15;
    r.testFraction = 0.0;
    r.splitSeed = 42;
    r.stratified = false;
    const auto back = DatasetReference::fromJson(r.toJson(), &error);
    ASSERT_TRUE(back) << qPrintable(error);
    EXPECT_EQ(*back, r);
    EXPECT_EQ(r.toJson().value(QStringLiteral("spec")).toString(), r.spec);
}

TEST(DatasetReference, RefusesBadValuesNamingThePlace)
{
    const std::pair<const char*, const char*> cases[] = {
        { R"({"spec": 3})", "dataset.spec: must be a string, got the number 3" },
        { R"({"validation_fraction": 1})", "dataset.validation_fraction: must be at least 0 and less than 1, got 1" },
        { R"({"test_fraction": -0.1})", "dataset.test_fraction: must be at least 0 and less than 1, got -0.1" },
        { R"({"validation_fraction": 0.6, "test_fraction": 0.5})",
            "dataset.test_fraction: validation_fraction + test_fraction must be less than 1, got 0.6 + 0.5" },
        { R"({"split_seed": 1.5})", "dataset.split_seed: must be a whole number from 0 to 2^53, got 1.5" },
        { R"({"stratified": null})", "dataset.stratified: must be true or false, got null" },
        { R"({"path": "x.csv"})", "dataset.path: unknown key" },
    };
    for (const auto& [text, expected] : cases) {
        SCOPED_TRACE(text);
        QString error;
        EXPECT_FALSE(DatasetReference::fromJson(QJsonDocument::fromJson(text).object(), &error));
        EXPECT_TRUE(error.startsWith(QString::fromUtf8(expected))) << qPrintable(error);
    }
}

TEST(DatasetReference, VocabularyRoundTripsThroughTheProjectFile)
{
    TextEncoding e;
    e.tokenizer = Tokenizer::Word;
    e.lowercase = true;
    e.maxLength = 7;
    e.maxTokens = 100;
    const std::vector<std::string> texts { "Grüße, 世界! \"quoted\"", "tab\there" };
    DatasetReference r;
    r.spec = QStringLiteral("text:reviews.csv?tokenizer=word");
    r.vocabulary = Vocabulary::fit(e, texts, std::vector<std::size_t> { 0, 1 });
    const QJsonObject json = r.toJson();
    const QJsonObject v = json.value(QStringLiteral("vocabulary")).toObject();
    EXPECT_EQ(v.value(QStringLiteral("tokenizer")).toString(), QStringLiteral("word"));
    EXPECT_EQ(v.value(QStringLiteral("max_len")).toInt(), 7);
    EXPECT_EQ(v.value(QStringLiteral("tokens")).toArray().first().toString(), QStringLiteral("<pad>"));
    QString error;
    // Through the bytes a file holds, not only the object.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    const auto back = DatasetReference::fromJson(reread, &error);
    ASSERT_TRUE(back) << qPrintable(error);
    EXPECT_EQ(*back, r);
    ASSERT_TRUE(back->vocabulary);
    std::vector<float> a(7), b(7);
    r.vocabulary->encode("grüße \"here\"", a.data());
    back->vocabulary->encode("grüße \"here\"", b.data());
    EXPECT_EQ(a, b);
    // Other data writes no vocabulary key.
    EXPECT_FALSE(DatasetReference().toJson().contains(QStringLiteral("vocabulary")));
}

TEST(DatasetReference, RefusesBrokenVocabulariesNamingThePlace)
{
    const std::pair<const char*, const char*> cases[] = {
        { R"({"vocabulary": []})", "dataset.vocabulary: must be an object, got an array" },
        { R"({"vocabulary": {"tokens": "abc"}})", "dataset.vocabulary.tokens: must be an array of strings, got the string" },
        { R"({"vocabulary": {"tokens": ["<pad>", 3]}})", "dataset.vocabulary.tokens[1]: must be a string, got the number 3" },
        { R"({"vocabulary": {"tokens": ["a", "b"]}})",
            "dataset.vocabulary.tokens: a vocabulary must start with the tokens \"<pad>\" (id 0) and \"<unk>\" (id 1)" },
        { R"({"vocabulary": {"tokens": ["<pad>", "<unk>", "x", "x"]}})",
            "dataset.vocabulary.tokens: token 3 of the vocabulary ('x') appears more than once" },
        { R"({"vocabulary": {"tokenizer": "bpe", "tokens": ["<pad>", "<unk>"]}})", "dataset.vocabulary.tokenizer: must be one of" },
        { R"({"vocabulary": {"max_len": 0, "tokens": ["<pad>", "<unk>"]}})", "dataset.vocabulary.max_len: must be" },
        { R"({"vocabulary": {"words": [], "tokens": ["<pad>", "<unk>"]}})", "dataset.vocabulary.words: unknown key" },
    };
    for (const auto& [text, expected] : cases) {
        SCOPED_TRACE(text);
        QString error;
        EXPECT_FALSE(DatasetReference::fromJson(QJsonDocument::fromJson(text).object(), &error));
        EXPECT_TRUE(error.startsWith(QString::fromUtf8(expected))) << qPrintable(error);
    }
}

TEST(DatasetReference, AugmentationRoundTripsAndIsWrittenOnlyWhenOn)
{
    DatasetReference r;
    EXPECT_FALSE(r.toJson().contains(QStringLiteral("augmentation"))) << "all off: no key, as before";
    r.augmentation.hflip = 0.5;
    r.augmentation.rotate = 15;
    r.augmentation.shift = 0.1;
    r.augmentation.cutout = 0.25;
    const QJsonObject json = r.toJson();
    const QJsonObject a = json.value(QStringLiteral("augmentation")).toObject();
    EXPECT_EQ(a.value(QStringLiteral("rotate")).toDouble(), 15.0);
    EXPECT_EQ(a.value(QStringLiteral("noise")).toDouble(-1), 0.0) << "every key is written";
    EXPECT_EQ(a.size(), 10);
    QString error;
    const auto back = DatasetReference::fromJson(json, &error);
    ASSERT_TRUE(back) << qPrintable(error);
    EXPECT_EQ(back->augmentation, r.augmentation);
    // Missing keys are off.
    const auto partial = DatasetReference::fromJson(
        QJsonDocument::fromJson(R"({"augmentation": {"vflip": 1}})").object(), &error);
    ASSERT_TRUE(partial) << qPrintable(error);
    EXPECT_EQ(partial->augmentation.vflip, 1.0);
    EXPECT_EQ(partial->augmentation.rotate, 0.0);
}

TEST(DatasetReference, RefusesBadAugmentationNamingTheKey)
{
    const std::pair<const char*, const char*> cases[] = {
        { R"({"augmentation": 1})", "dataset.augmentation: must be an object, got the number 1" },
        { R"({"augmentation": {"rotate": 270}})", "dataset.augmentation.rotate: must be" },
        { R"({"augmentation": {"hflip": -0.5}})", "dataset.augmentation.hflip: must be" },
        { R"({"augmentation": {"shift": "0.1"}})", "dataset.augmentation.shift: must be a number, got the string" },
        { R"({"augmentation": {"rotation": 10}})", "dataset.augmentation.rotation: unknown key" },
        { R"({"augmentation": {"cutout": 1}})", "dataset.augmentation.cutout: must be" },
    };
    for (const auto& [text, expected] : cases) {
        SCOPED_TRACE(text);
        QString error;
        EXPECT_FALSE(DatasetReference::fromJson(QJsonDocument::fromJson(text).object(), &error));
        EXPECT_TRUE(error.startsWith(QString::fromUtf8(expected))) << qPrintable(error);
    }
}
