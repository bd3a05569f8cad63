import { useEffect, useMemo, useState } from "react";
import { Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { useApiGet } from "../../api/hooks";
import { useSession } from "../../auth/AuthGate";
import { PageHeader } from "../../shell/PageHeader";
import { useTeams } from "../../teams/TeamsProvider";
import { tabSettingsFor, type TabScope } from "./tabSettings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "640px" },
  preview: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all", color: tokens.colorNeutralForeground2 },
});

type Options = { options: { departments: string[] } };

/**
 * The configuration page of the channel, group-chat and meeting tab (`pages.config`): the tab
 * shows the whole portfolio, one department's part of it, or the board snapshots (what board
 * members and meetings need). Teams' Save button is enabled once the choice is complete.
 */
export default function ConfigPage() {
  const styles = useStyles();
  const { inTeams, tabConfig } = useTeams();
  const { user } = useSession();
  const live = user.roles.includes("Executive") || user.roles.includes("Portfolio.Manager");
  const board = useApiGet<Options>(live ? "/board" : null);
  const departments = board.data?.options.departments ?? [];
  const [kind, setKind] = useState<TabScope["kind"]>(live ? "portfolio" : "snapshots");
  const [department, setDepartment] = useState<string>("");

  const settings = useMemo(() => {
    const scope: TabScope | null = kind === "department" ? (department ? { kind, department } : null) : { kind };
    return scope ? tabSettingsFor(scope, window.location.origin) : null;
  }, [kind, department]);

  useEffect(() => {
    tabConfig?.setValid(settings !== null);
    if (settings) tabConfig?.onSave(() => settings);
  }, [tabConfig, settings]);

  return (
    <div className={styles.root}>
      <PageHeader
        title="Set up this tab"
        lead="Choose what this tab shows in the channel, chat or meeting. Everyone still sees only what their role allows."
      />
      {!inTeams && (
        <MessageBar intent="info">
          <MessageBarBody>This page configures the tab when you add AI Strategy Board to a channel, chat or meeting in Teams.</MessageBarBody>
        </MessageBar>
      )}
      <Field label="The tab shows">
        <RadioGroup value={kind} onChange={(_, data) => setKind(data.value as TabScope["kind"])}>
          <Radio value="portfolio" label="The whole AI portfolio" disabled={!live} />
          <Radio value="department" label="One department's initiatives" disabled={!live} />
          <Radio value="snapshots" label="The monthly board snapshots (for board meetings)" />
        </RadioGroup>
      </Field>
      {kind === "department" && (
        <Field label="Department" required validationMessage={department ? undefined : "Choose a department"}>
          <Dropdown
            placeholder={board.loading ? "Loading departments…" : "Choose a department"}
            value={department}
            selectedOptions={department ? [department] : []}
            onOptionSelect={(_, data) => setDepartment(data.optionValue ?? "")}
          >
            {departments.map((d) => (
              <Option key={d} value={d}>
                {d}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {settings && (
        <Field label={`Tab name: ${settings.suggestedDisplayName}`}>
          <Text className={styles.preview} aria-label="Tab address">
            {settings.contentUrl}
          </Text>
        </Field>
      )}
    </div>
  );
}
