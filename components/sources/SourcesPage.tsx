"use client";
import { Header } from "../layout/Header";
import { useLang } from "../layout/LangProvider";
import styles from "./Sources.module.css";
import { SourcesTable } from "./SourcesTable";
import { sourcesText } from "./strings";

export function SourcesPage() {
  const { lang } = useLang();
  const tx = sourcesText(lang);
  return (
    <>
      <Header active="sources" />
      <main className={styles.main}>
        <section className="panel">
          <div className="panel-head">
            <h1 className="panel-title">{tx("title")}</h1>
            <span className="panel-sub">{tx("subtitle")}</span>
          </div>
          <div className="panel-body">
            <SourcesTable />
          </div>
        </section>
      </main>
    </>
  );
}
